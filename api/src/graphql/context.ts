import type { ServiceContext } from '../common/service-context';
import type { Loaders } from './loaders';
import type { GraphqlRequest } from './http-handler';
import type { Deadline } from '../common/deadline';
import type { JobQueue } from '../modules/jobs/queue';

/** A GraphQL request's context: the service context of the caller, plus the request and its loaders. */
export interface Context extends ServiceContext {
  req: GraphqlRequest;
  loaders: Loaders;
  /** Set by the request-deadline plugin. */
  deadline?: Deadline;
  /** Where a mutation queues a background job (in its own transaction). */
  queue: JobQueue;
}
