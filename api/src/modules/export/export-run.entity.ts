import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { StoredFile } from '../files/stored-file.entity';
import { v7 as uuidv7 } from 'uuid';

export enum ExportFormat {
  CSV = 'csv',
  XLSX = 'xlsx',
}

export enum ExportStatus {
  /** A background export waiting for a worker (or for its retry). */
  QUEUED = 'queued',
  PENDING = 'pending',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
}

/** How an export reaches its starter. */
export enum ExportDelivery {
  /** Written while `/exports/<id>` downloads it (once, within ten minutes). */
  STREAM = 'stream',
  /** Written by a background job into a stored file, downloaded from `/exports/<id>` until it expires. */
  BACKGROUND = 'background',
  /** BACKGROUND when it has more rows than `EXPORT_JOB_ROWS`, else STREAM. */
  AUTO = 'auto',
}

/**
 * One server-side export: what was asked (a query, a saved query or a list as filtered), by whom,
 * in which language and format, and how far it got. Started over GraphQL; a streamed one is
 * downloaded once from `/exports/<id>` while its progress is polled, a background one is written
 * by a job into a stored file, then downloaded from the same address. It is itself the record of
 * who exported what, so it is not audited again.
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

  /** Written by a background job (else streamed to the download). */
  @Property({ default: false })
  background: boolean = false;

  /** A background export's file, once written (null again when it expired). */
  @ManyToOne(() => StoredFile, { nullable: true, deleteRule: 'set null', mapToPk: true })
  file?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

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
