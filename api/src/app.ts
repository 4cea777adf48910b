import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import type { Options } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { ormConfig } from './db/orm.config';
import { usePreparedStatements } from './db/prepared';
import { pickLang } from './common/i18n';
import { buildSchema } from './graphql/schema';
import type { Context } from './graphql/context';
import { formatError } from './graphql/format-error';
import { Loaders } from './graphql/loaders';
import { RequestRules, requestRules } from './graphql/plugins';
import { DirectExecution } from './graphql/direct-execution';
import { NoNulInLiterals, bodyErrors, currentLang } from './graphql/http-guard';
import { graphqlHandler } from './graphql/http-handler';
import { passwords } from './modules/auth/auth.service';
import { Authenticator } from './modules/auth/authenticator';
import { purgeExpiredFailures } from './modules/auth/throttle';
import { UsageCounter } from './modules/auth/usage-counter';
import { exportRoutes } from './modules/export/export.routes';
import { importRoutes } from './modules/import/import.routes';
import { JobQueue } from './modules/jobs/queue';

/** Reads that may lag go to the standby only where `db/read.ts` sends them, never by default. */
function readReplicas(url: string | undefined): Partial<Options> {
  return url ? { replicas: [{ name: 'read-replica', clientUrl: url }], preferReadReplicas: false } : { preferReadReplicas: false };
}

/** How graphql-armor hides "Did you mean …" (the direct way hides them the same: direct-execution.ts). */
const SUGGESTION_MASK = '[Suggestion hidden]';
const SUGGESTIONS = /Did you mean ".+"/g;

/** Any fixed number: the advisory lock that serialises migrations of processes starting together. */
const MIGRATION_LOCK = 0x6d16_7a7e;

export interface App {
  /** The whole HTTP handler (GraphQL and Express), for supertest. */
  app: http.RequestListener;
  server: http.Server;
  orm: MikroORM;
  /** Who is calling, with its short-lived caches of users and keys. */
  auth: Authenticator;
  /** Buffered partner usage counts (`flush()` writes them now). */
  usage: UsageCounter;
  /** Where mutations queue background jobs (whether or not this process runs them). */
  queue: JobQueue;
  /** True from the moment `close()` is called: `/readyz` answers 503 and responses close their connection. */
  draining(): boolean;
  /**
   * Graceful drain, then the pools: unready for `drainDelayMs` (the balancer takes the process out),
   * stop listening, let requests in flight finish (at most `drainTimeoutMs`), close the pools.
   */
  close(): Promise<void>;
}

/** Builds the whole API on a database URL without listening: `main.ts` listens, tests use supertest. */
export async function createApp(config: Config, databaseUrl: string, ormOverrides: Partial<Options> = {}): Promise<App> {
  const orm = await MikroORM.init(
    ormConfig(databaseUrl, { ...readReplicas(config.readDatabaseUrl), ...ormOverrides }, {
      statementTimeoutMs: config.statementTimeoutMs,
      // Waiting for a pooled connection counts against the request's budget (at least a second).
      acquireTimeoutMs: config.requestTimeoutMs && Math.max(config.requestTimeoutMs, 1000),
    }),
  );
  // Migrations are not requests: a long index build must not meet the statement timeout.
  await orm.em.getConnection().transactional(async (trx) => {
    await trx.raw('set local statement_timeout = 0');
    // Processes starting at once on one database migrate in turn (a transaction-level lock: it
    // holds through PgBouncer in transaction mode too).
    await trx.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await orm.getMigrator().up({ transaction: trx });
  });

  // pg-boss's tables and the file jobs' queues, so that any process can queue (tests included).
  const queue = await JobQueue.open(orm, config);

  usePreparedStatements(config.preparedStatements);
  const app = express();
  app.disable('x-powered-by');
  // An ETag would hash every GraphQL answer (POST responses are not cached anyway).
  app.set('etag', false);
  // Whose X-Forwarded-For to believe (TRUST_PROXY): login and tracking limits count per client address.
  app.set('trust proxy', config.trustProxy);
  // `/graphql` goes straight to its handler; Express serves the rest.
  let draining = false;
  const handler: http.RequestListener = (req, res) => {
    // A draining process ends each keep-alive connection after its response, so no client (nor the
    // balancer's connection pool) sends another request on a connection about to be closed.
    if (draining) res.setHeader('connection', 'close');
    if (config.instanceName) res.setHeader('x-served-by', config.instanceName);
    const url = req.url ?? '';
    if (url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/')) graphql(req, res);
    else app(req, res);
  };
  const server = http.createServer(handler);
  // Longer than a balancer keeps an idle pooled connection (HAProxy: 5 s), so that the balancer,
  // never this process, closes idle keep-alive connections: no request races a closing socket.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  const auth = new Authenticator(orm, config);
  const usage = new UsageCounter(orm, config.usageFlushMs);
  const purge = setInterval(() => void purgeExpiredFailures(orm.em as never).catch(() => undefined), 15 * 60_000).unref();
  await passwords.dummyHash();

  // graphql-armor bounds the shape (depth, aliases, directives); the cost of what a query reads is
  // ours (query-cost.ts), and the token limit is graphql-js's own parser option, so that a query
  // over it is a parse error (GRAPHQL_PARSE_FAILED, HTTP 400) rather than a plugin failure (500).
  const armor = new ApolloArmor({
    blockFieldSuggestion: { mask: SUGGESTION_MASK },
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 50 },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  });
  const protection = armor.protect();
  const schema = buildSchema();
  const rules = new RequestRules({ maxCost: config.maxQueryCost, budgetMs: config.requestTimeoutMs, usage });
  const format = (formatted: GraphQLFormattedError, error: unknown) => formatError(currentLang() ?? 'zh', formatted, error);
  const validationRules = [...protection.validationRules, NoNulInLiterals];
  const parseOptions = { maxTokens: 10_000 };
  const direct = config.directExecution
    ? new DirectExecution(schema, rules, {
        parseOptions,
        validationRules,
        formatError: format,
        maskMessage: (m) => m.replace(SUGGESTIONS, SUGGESTION_MASK),
        compileAfter: config.compileQueriesAfter,
      })
    : undefined;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    parseOptions,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: format,
    validationRules,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.drainTimeoutMs }),
      // Cache hints would wrap every field resolver of every row; responses are not HTTP-cached.
      ApolloServerPluginCacheControlDisabled(),
      requestRules(rules),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', error: String(err) });
    }
  });

  const graphql = graphqlHandler(apollo, {
    maxBodyBytes: 5 * 1024 * 1024,
    trust: app.get('trust proxy fn'),
    around: (next) => RequestContext.create(orm.em, next),
    direct: direct && ((body, accept, context) => direct.execute(body, accept, context)),
    context: async (req): Promise<Context> => {
      const actor = await auth.authenticate(req.headers);
      const context: Context = {
        req,
        em: orm.em as never,
        actor,
        loaders: new Loaders(orm.em as never, actor, () => context.deadline),
        lang: pickLang(req.headers['accept-language']),
        config,
        now: () => new Date(),
        queue,
      };
      return context;
    },
  });

  // Files stream outside GraphQL: exports and imports, each started by a mutation (startExport, startImport).
  app.use(exportRoutes(orm, auth, config, buildSchema));
  app.use(importRoutes(orm, auth, config, queue));

  if (config.serveAdmin && fs.existsSync(path.join(config.adminDist, 'index.html'))) {
    app.use(express.static(config.adminDist, { index: 'index.html', maxAge: '1h' }));
  }
  // Last: a body that is not JSON, too large …, as a 4xx with a code; never Express's stack-trace page.
  app.use(bodyErrors);

  return {
    app: handler,
    server,
    orm,
    auth,
    usage,
    queue,
    draining: () => draining,
    async close() {
      if (draining) return;
      draining = true;
      if (server.listening && config.drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.drainDelayMs));
      // Apollo's drain plugin stops listening, closes idle connections, waits for those in flight
      // (the export and import streams too: they are on this server) and cuts them after the grace period.
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      clearInterval(purge);
      await usage.stop().catch((err) => console.error('partner usage flush failed', err));
      await queue.stop().catch(() => undefined);
      await orm.close(true);
    },
  };
}
