import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

export enum ExportFormat {
  CSV = 'csv',
  XLSX = 'xlsx',
}

export enum ExportStatus {
  PENDING = 'pending',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
}

/**
 * One server-side export: what was asked (a query, a saved query or a list as filtered), by whom,
 * in which language and format, and how far it got. Started over GraphQL, downloaded once from
 * `/exports/<id>`; its progress is polled while the file streams. It is itself the record of who
 * exported what, so it is not audited again.
 */
@Entity({ tableName: 'export_run' })
@Index({ properties: ['actorKind', 'actorId', 'createdAt'] })
export class ExportRun {
  static readonly noAudit = true;

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ length: 10 })
  actorKind!: string;

  @Property({ length: 64 })
  actorId!: string;

  @Property({ length: 100 })
  actorLabel!: string;

  @Enum({ items: () => ExportFormat })
  format!: ExportFormat;

  /** query, savedQuery or list. */
  @Property({ length: 20 })
  source!: string;

  @Property({ length: 40 })
  root!: string;

  @Property({ length: 200 })
  title!: string;

  @Property({ length: 200 })
  fileName!: string;

  /** The query exported (a saved query's as it was when the export started; a list's columns). */
  @Property({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  /** A list's filter input, as the list took it (checked again when the file is written). */
  @Property({ type: 'jsonb', nullable: true })
  listFilter?: Record<string, unknown> | null;

  @Property({ length: 2 })
  lang!: string;

  @Enum({ items: () => ExportStatus })
  status: ExportStatus = ExportStatus.PENDING;

  @Property({ type: 'integer', nullable: true })
  total?: number | null;

  @Property({ default: true })
  totalExact: boolean = true;

  @Property({ type: 'integer', default: 0 })
  rowsDone: number = 0;

  @Property({ type: 'text', nullable: true })
  errorZh?: string | null;

  @Property({ type: 'text', nullable: true })
  errorEn?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
