/** `npm run start:cluster`: N API processes behind HAProxy, PgBouncer, a primary and a streaming standby. Ctrl-C stops it all. */
import path from 'node:path';
import { loadClusterConfig, loadConfig } from '../config';
import { startCluster, type Cluster } from './cluster';

const log = (line: string) => console.log(`[cluster] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const cc = loadClusterConfig();
  let cluster: Cluster | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining the API processes, then stopping the pooler and the databases`);
    await cluster?.stop();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  cluster = await startCluster({
    dir: path.join(config.dataDir, 'cluster'),
    processes: cc.processes,
    port: config.port,
    primaryPort: config.embeddedPgPort,
    replicaPort: cc.replica ? cc.replicaPort : undefined,
    poolerPort: cc.poolerPort,
    pooler: cc.pooler,
    replica: cc.replica,
    poolSize: cc.poolSize,
    seedDemo: config.seedDemo,
    echo: true,
    log,
  });
  if (stopping) return;
  log(`Admin panel and API  ${cluster.url}/  ${cluster.url}/graphql  (${cc.processes} processes behind HAProxy)`);
  log(`Logs in ${path.join(config.dataDir, 'cluster', 'logs')}; Ctrl-C stops everything`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
