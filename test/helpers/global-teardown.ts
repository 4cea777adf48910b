import type { EmbeddedDatabase } from '../../api/src/db/embedded';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__EMBEDDED_PG__ as EmbeddedDatabase | undefined;
  await embedded?.stop();
}
