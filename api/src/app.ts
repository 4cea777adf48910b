import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { ormConfig } from './db/orm.config';
import { pickLang } from './common/i18n';
import { buildSchema } from './graphql/schema';
import type { Context } from './graphql/context';
import { formatError } from './graphql/format-error';
import { Loaders } from './graphql/loaders';
import { boundedQueries, checkedArguments, localiseErrors, partnerUsage, requestDeadline } from './graphql/plugins';
import { NoNulInLiterals, bodyErrors, currentLang, refuseNulBytes, rememberLanguage } from './graphql/http-guard';
import { authenticate } from './modules/auth/auth.service';

export interface App {
  app: express.Express;
  server: http.Server;
  orm: MikroORM;
  close(): Promise<void>;
}

/** Builds the whole API on a database URL without listening: `main.ts` listens, tests use supertest. */
export async function createApp(config: Config, databaseUrl: string, ormOverrides: Partial<Options> = {}): Promise<App> {
  const orm = await MikroORM.init(
    ormConfig(databaseUrl, ormOverrides, {
      statementTimeoutMs: config.statementTimeoutMs,
      // Waiting for a pooled connection counts against the request's budget (at least a second).
      acquireTimeoutMs: config.requestTimeoutMs && Math.max(config.requestTimeoutMs, 1000),
    }),
  );
  // Migrations are not requests: a long index build must not meet the statement timeout.
  await orm.em.getConnection().transactional(async (trx) => {
    await trx.raw('set local statement_timeout = 0');
    await orm.getMigrator().up({ transaction: trx });
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  const server = http.createServer(app);

  // graphql-armor bounds the shape (depth, aliases, directives); the cost of what a query reads is
  // ours (query-cost.ts), and the token limit is graphql-js's own parser option, so that a query
  // over it is a parse error (GRAPHQL_PARSE_FAILED, HTTP 400) rather than a plugin failure (500).
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 50 },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: true,
    parseOptions: { maxTokens: 10_000 },
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: (formatted, error) => formatError(currentLang() ?? 'zh', formatted, error),
    validationRules: [...protection.validationRules, NoNulInLiterals],
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      checkedArguments,
      boundedQueries(config.maxQueryCost),
      requestDeadline(config.requestTimeoutMs),
      localiseErrors,
      partnerUsage(orm),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', error: String(err) });
    }
  });

  app.use('/graphql', rememberLanguage, (_req, _res, next) => RequestContext.create(orm.em, next));
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    refuseNulBytes,
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const { actor } = await authenticate(orm.em as never, req.headers, config);
        return {
          req,
          em: orm.em as never,
          actor,
          loaders: new Loaders(orm.em as never, actor),
          lang: pickLang(req.headers['accept-language']),
          config,
        };
      },
    }),
  );

  if (config.serveAdmin && fs.existsSync(path.join(config.adminDist, 'index.html'))) {
    app.use(express.static(config.adminDist, { index: 'index.html', maxAge: '1h' }));
  }
  // Last: a body that is not JSON, too large …, as a 4xx with a code; never Express's stack-trace page.
  app.use(bodyErrors);

  return {
    app,
    server,
    orm,
    async close() {
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      await orm.close(true);
    },
  };
}
