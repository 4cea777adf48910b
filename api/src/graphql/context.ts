import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import type { Actor } from '../modules/auth/actor';
import type { Lang } from '../common/i18n';
import type { Config } from '../config';
import type { Loaders } from './loaders';

export interface Context {
  req: Request;
  /** Context-aware EntityManager: resolves to the request's fork, or the transaction's inside a mutation. */
  em: EntityManager;
  actor?: Actor;
  loaders: Loaders;
  lang: Lang;
  config: Config;
}
