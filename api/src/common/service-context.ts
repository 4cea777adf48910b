import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { Lang } from './i18n';
import type { Actor } from '../modules/auth/actor';

/**
 * What a service needs to do its work, without an HTTP request: the entity manager, who acts,
 * the configuration, the clock and the language messages are written in. The GraphQL context
 * extends it; a job (an import, a report, a scheduled check) builds one with `serviceContext`.
 */
export interface ServiceContext {
  em: EntityManager;
  actor?: Actor;
  config: Config;
  /** The current time: services ask here rather than `new Date()`, so jobs and tests can set it. */
  now(): Date;
  lang: Lang;
}

export function serviceContext(em: EntityManager, actor: Actor, config: Config, options: { now?: () => Date; lang?: Lang } = {}): ServiceContext {
  return { em, actor, config, now: options.now ?? (() => new Date()), lang: options.lang ?? 'zh' };
}
