import type { Config } from '../../config';

/**
 * `JOBS_FAILPOINT=<job>:<steps>[:throw]`: after that many steps (a check's batches, an export's
 * or an import's progress reports) of a job's first attempt, the process kills itself (SIGKILL, no
 * cleanup) — or, with `:throw`, the attempt fails with an error, for tests that run the worker in
 * their own process. Several are separated by commas. How the tests crash a job half-way; unset
 * in production.
 */
export function failpoint(config: Config, job: string, attempt: number, steps: number): void {
  if (!config.jobFailpoint || attempt !== 1) return;
  for (const point of config.jobFailpoint.split(',')) {
    const [name, after, how] = point.trim().split(':');
    if (name !== job || steps < Number(after)) continue;
    if (how === 'throw') throw new Error(`JOBS_FAILPOINT: ${job} failed after ${steps} steps`);
    process.kill(process.pid, 'SIGKILL');
  }
}
