import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * A file a background job wrote or an upload left for one (an export's result, an import's
 * upload), kept in PostgreSQL so that every API process can serve it. Its bytes are the rows of
 * `stored_file_chunk`; `completedAt` is set when the last chunk is in. Owned by whoever started
 * the job, removed after `expiresAt` by the purge job. System records, not audited: the export
 * run or import batch is the record of who did what.
 */
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['expiresAt'] })
@Index({ properties: ['ownerKind', 'ownerId'] })
export class StoredFile {
  static readonly noAudit = true;

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ length: 10 })
  ownerKind!: string;

  @Property({ length: 64 })
  ownerId!: string;

  /** What the file is for: `export` or `import`. */
  @Property({ length: 20 })
  purpose!: string;

  @Property({ length: 200 })
  name!: string;

  @Property({ length: 120 })
  contentType!: string;

  @Property({ type: 'bigint', default: 0 })
  size: number = 0;

  @Property({ type: 'integer', default: 0 })
  chunks: number = 0;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}

/** One piece (up to 1 MiB) of a stored file, in order. */
@Entity({ tableName: 'stored_file_chunk' })
export class StoredFileChunk {
  static readonly noAudit = true;

  @ManyToOne(() => StoredFile, { primary: true, deleteRule: 'cascade', mapToPk: true })
  file!: string;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'bytea' })
  data!: Buffer;
}
