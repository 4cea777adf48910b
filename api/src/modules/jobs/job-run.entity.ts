import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * One attempt of one background job on one process: which job (pg-boss's id), which attempt,
 * where, how far it got. A crashed attempt stays without `finishedAt`; its retry is a new row.
 */
@Entity({ tableName: 'job_run' })
@Index({ properties: ['jobId'] })
@Index({ properties: ['name', 'startedAt'] })
export class JobRun {
  static readonly noAudit = true;

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  jobId!: string;

  @Property({ length: 100 })
  name!: string;

  /** 1 for the first attempt, 2 for the first retry … */
  @Property({ type: 'integer' })
  attempt!: number;

  @Property({ length: 100 })
  instance!: string;

  @Property({ type: 'integer', default: 0 })
  progress: number = 0;

  @Property({ type: 'jsonb', nullable: true })
  result?: Record<string, unknown> | null;

  @Property({ type: 'timestamptz' })
  startedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
