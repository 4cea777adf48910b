import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../../config';
import type { Authenticator } from '../auth/authenticator';

/** What a file job (an export, an import) needs from its process. */
export interface JobEnvironment {
  orm: MikroORM;
  auth: Authenticator;
  config: Config;
  schema: () => GraphQLSchema;
}

/** One attempt of a file job, as its runner sees it. */
export interface JobAttempt<D> {
  data: D;
  jobId: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** No retry follows this attempt if it fails. */
  final: boolean;
  /** Records how far the attempt got (its `job_run` row), and is where a failpoint strikes. */
  progress(done: number): Promise<void>;
}

/** Thrown inside a job's transaction when another attempt finished first: roll back, leave its result. */
export class AlreadyDone extends Error {
  constructor() {
    super('another attempt of this job finished first');
  }
}

/** Calls `fn` at most every `ms` (progress rows are for people polling, not a log). */
export function throttled<A extends unknown[]>(ms: number, fn: (...args: A) => Promise<unknown>): (...args: A) => Promise<void> {
  let last = 0;
  return async (...args) => {
    if (Date.now() - last < ms) return;
    last = Date.now();
    await fn(...args);
  };
}
