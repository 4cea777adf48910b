import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { StoredFile } from '../files/stored-file.entity';
import { v7 as uuidv7 } from 'uuid';

export enum ImportMode {
  DRY_RUN = 'dry_run',
  COMMIT = 'commit',
}

export enum ImportStatus {
  /** Started; waiting for the file. */
  PENDING = 'pending',
  /** A background import's file is stored: waiting for a worker (or for its retry). */
  QUEUED = 'queued',
  VALIDATING = 'validating',
  WRITING = 'writing',
  /** A dry run found no problem: the same file will import. */
  VALID = 'valid',
  /** Rows with problems: nothing was (or would be) imported. */
  INVALID = 'invalid',
  IMPORTED = 'imported',
  /** The file could not be read, or writing failed (nothing imported). */
  FAILED = 'failed',
}

export interface ImportRowError {
  /** The row in the file (the header is row 1). */
  row: number;
  /** The column's key (the import's field), or null for the row or the file as a whole. */
  column: string | null;
  zh: string;
  en: string;
  value?: string | null;
}

/**
 * 导入批次: one bulk import of a file, dry run or commit, by whom, how far it got and every bad
 * row found. Each record a committed import creates is audited with this batch's id as the
 * reason, so the audit log shows the batch as one (filter its reason by the id).
 */
@Entity({ tableName: 'import_batch' })
@Index({ properties: ['actorKind', 'actorId', 'createdAt'] })
export class ImportBatch {
  static readonly noAudit = true;

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  /** What is imported: customers, products, productUnits, codes, parts, openingStock. */
  @Property({ length: 40 })
  entity!: string;

  @Enum({ items: () => ImportMode })
  mode!: ImportMode;

  @Property({ length: 200 })
  fileName!: string;

  @Property({ length: 10 })
  actorKind!: string;

  @Property({ length: 64 })
  actorId!: string;

  @Property({ length: 100 })
  actorLabel!: string;

  @Property({ length: 2 })
  lang!: string;

  @Enum({ items: () => ImportStatus })
  status: ImportStatus = ImportStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  rowsTotal: number = 0;

  @Property({ type: 'integer', default: 0 })
  rowsDone: number = 0;

  @Property({ type: 'integer', default: 0 })
  rowsImported: number = 0;

  @Property({ type: 'integer', default: 0 })
  errorCount: number = 0;

  /** Checked (and written) by a background job from the stored upload, rather than in the upload request. */
  @Property({ default: false })
  background: boolean = false;

  /** A background import's uploaded file (null again when it expired). */
  @ManyToOne(() => StoredFile, { nullable: true, deleteRule: 'set null', mapToPk: true })
  file?: string | null;

  /** The bad rows (the first 10,000; errorCount counts all). */
  @Property({ type: 'jsonb', default: '[]' })
  errors: ImportRowError[] = [];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
