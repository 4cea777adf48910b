import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

export enum AlertKind {
  /** A service order still open past its SLA deadline. */
  SLA_OVERDUE = 'sla_overdue',
  /** Borrowed parts not back by their due date. */
  PART_RETURN_LATE = 'part_return_late',
}

/**
 * What a scheduled check found, once per subject: the unique key makes a check safe to run twice
 * (two processes, or a retry after a crash) — the second finds the alert there and adds nothing.
 * System records, not audited.
 */
@Entity({ tableName: 'alert' })
@Unique({ properties: ['kind', 'subjectId'] })
@Index({ properties: ['raisedAt'] })
export class Alert {
  static readonly noAudit = true;

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ length: 40 })
  kind!: AlertKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The job run that raised it (which schedule, which attempt). */
  @Property({ type: 'uuid', nullable: true })
  jobId?: string | null;

  @Property({ type: 'timestamptz' })
  raisedAt: Date = new Date();
}
