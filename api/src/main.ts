import path from 'node:path';
import { loadConfig } from './config';
import { createApp } from './app';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { startJobs, type Jobs } from './modules/jobs/jobs';
import { buildSchema } from './graphql/schema';

const log = (line: string) => console.log(`[after-sales] ${line}`);

/** The demo data generator, loaded only to seed: it and its locale data stay out of a production process. */
function demoData(): typeof import('../../seeds/demo') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../seeds/demo');
}

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'postgres'),
      port: config.embeddedPgPort,
      database: 'aftersales',
      log,
    });
    databaseUrl = embedded.url;
    log(`Embedded PostgreSQL on port ${config.embeddedPgPort}, data in ${config.dataDir}`);
  }

  let stopping = false;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let jobs: Jobs | undefined;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    try {
      // Both drain at once: the jobs running finish while the balancer takes us out of rotation.
      await Promise.all([jobs?.stop(), app?.close()]);
    } catch (err) {
      console.error(err);
    }
    await embedded?.stop().catch((err) => console.error(err));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    app = await createApp(config, databaseUrl);
    if (config.seedDemo) {
      const { seedDemo } = demoData();
      const seeded = await seedDemo(app.orm, { log });
      if (seeded) log('Demo data seeded');
    }
    if (config.jobs) jobs = await startJobs({ orm: app.orm, auth: app.auth, config, schema: buildSchema }, databaseUrl);
  } catch (err) {
    await jobs?.stop().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw err;
  }

  await new Promise<void>((resolve) => app!.server.listen(config.port, resolve));
  const base = `http://localhost:${config.port}`;
  log(`Admin panel  ${base}/`);
  log(`GraphQL API  ${base}/graphql`);
  log(`Health       ${base}/healthz  ${base}/readyz`);
  if (config.seedDemo) {
    const { DEMO_LOGINS, DEMO_PARTNER_KEY } = demoData();
    log('Demo logins (username / password):');
    for (const l of DEMO_LOGINS) log(`  ${l.username.padEnd(12)} ${l.password.padEnd(14)} ${l.role}`);
    log(`Demo partner key (X-Api-Key): ${DEMO_PARTNER_KEY}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
