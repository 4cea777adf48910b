import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

interface PgClient {
  query(config: { name?: string; text: string; values?: unknown[] }): Promise<{ rows: unknown[] }>;
  connection: { parsedStatements: Record<string, string> };
}

/** Statements prepared on a connection, oldest first; a connection keeps at most this many. */
const PER_CONNECTION = 100;
const PREPARED = new WeakMap<PgClient, Map<string, true>>();

let enabled = true;

/** Off behind a pooler that cannot keep prepared statements (PgBouncer in transaction mode before 1.21). */
export function usePreparedStatements(on: boolean): void {
  enabled = on;
}

const NATIVE = new Map<string, { text: string; name: string }>();

/** `?` placeholders as PostgreSQL's `$1, $2 …` and the statement's name, worked out once per text. */
function nativeOf(sql: string): { text: string; name: string } {
  let native = NATIVE.get(sql);
  if (!native) {
    let n = 0;
    // Our statements have no `?` inside literals: every one is a placeholder.
    const text = sql.replace(/\?/g, () => `$${++n}`);
    native = { text, name: `r${createHash('sha1').update(text).digest('base64url').slice(0, 22)}` };
    if (NATIVE.size >= 5000) NATIVE.delete(NATIVE.keys().next().value as string);
    NATIVE.set(sql, native);
  }
  return native;
}

/**
 * Runs a read-path statement as a named prepared statement on a pooled connection, so PostgreSQL
 * parses and plans each shape of query once per connection (as PostGraphile does); inside a
 * transaction, or when disabled, as a plain statement on the transaction's connection.
 */
export async function queryPrepared<T>(em: EntityManager, sql: string, bindings: unknown[]): Promise<T[]> {
  const tx = em.getTransactionContext();
  const connection = em.getConnection();
  if (!enabled || tx) return connection.execute<T[]>(sql, bindings as never[], 'all', tx);
  const knex = connection.getKnex();
  const { text, name } = nativeOf(sql);
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    let known = PREPARED.get(client);
    if (!known) PREPARED.set(client, (known = new Map()));
    if (known.has(name)) {
      known.delete(name);
    } else if (known.size >= PER_CONNECTION) {
      const oldest = known.keys().next().value as string;
      known.delete(oldest);
      await client.query({ text: `deallocate "${oldest}"` });
      delete client.connection.parsedStatements[oldest];
    }
    known.set(name, true);
    // Listeners of the ORM's query events (logging, the query-count test) see it like any other.
    knex.client.emit('query', { sql: text, bindings });
    const result = await client.query({ name, text, values: bindings as unknown[] });
    return result.rows as T[];
  } finally {
    await knex.client.releaseConnection(client);
  }
}
