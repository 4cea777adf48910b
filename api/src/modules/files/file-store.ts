/**
 * Files in PostgreSQL, the one store every API process shares: a `stored_file` row and its bytes
 * in chunks of 1 MiB (`stored_file_chunk`, bytea). A job writes a file through a stream, with the
 * knex of its own transaction, so a file exists only once all of it is in (a crashed attempt
 * leaves nothing); a download reads it back one chunk per statement, so no process holds more than
 * a chunk of it. Expired files are deleted by the purge job.
 *
 * The trade-off (README "Scaling out"): the files grow the database, its WAL and its backups by
 * their size until they expire, in exchange for no extra infrastructure and no shared volume. An
 * object store (S3, MinIO) would replace these functions behind the same signatures.
 */
import { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Knex } from '@mikro-orm/knex';

/** ~1 MiB: large enough that a file is few rows, small enough that a process holds little of it. */
export const FILE_CHUNK_BYTES = 1024 * 1024;

export interface StoredFileMeta {
  ownerKind: string;
  ownerId: string;
  purpose: 'export' | 'import';
  name: string;
  contentType: string;
  expiresAt: Date;
}

export interface StoredFileInfo {
  id: string;
  ownerKind: string;
  ownerId: string;
  name: string;
  contentType: string;
  size: number;
  completedAt: Date | null;
  expiresAt: Date;
}

/** Collects what is written into chunks and inserts each as it fills; `end()` writes the last and completes the file. */
export class StoredFileWriter extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  /** Bytes written so far. */
  size = 0;

  constructor(
    private readonly knex: Knex,
    readonly fileId: string,
    private readonly chunkBytes: number,
  ) {
    super({ highWaterMark: chunkBytes });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.size += bytes.length;
    if (this.pendingBytes < this.chunkBytes) return done();
    this.flushFull().then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    (async () => {
      if (this.pendingBytes > 0) await this.insert(Buffer.concat(this.pending));
      this.pending = [];
      this.pendingBytes = 0;
      await this.knex('stored_file').where({ id: this.fileId }).update({ size: this.size, chunks: this.seq, completed_at: new Date() });
    })().then(() => done(), done);
  }

  private async flushFull(): Promise<void> {
    let all = Buffer.concat(this.pending);
    while (all.length >= this.chunkBytes) {
      await this.insert(all.subarray(0, this.chunkBytes));
      all = all.subarray(this.chunkBytes);
    }
    this.pending = all.length ? [Buffer.from(all)] : [];
    this.pendingBytes = all.length;
  }

  private async insert(data: Buffer): Promise<void> {
    await this.knex('stored_file_chunk').insert({ file_id: this.fileId, seq: this.seq, data });
    this.seq += 1;
  }

  /** Ends the file and waits until its last chunk and its size are written. */
  async close(): Promise<void> {
    if (!this.writableEnded) this.end();
    await finished(this);
  }
}

/** A new, empty file whose bytes are written through the returned stream with `knex` (give it a transaction). */
export async function createStoredFile(knex: Knex, meta: StoredFileMeta, chunkBytes = FILE_CHUNK_BYTES): Promise<StoredFileWriter> {
  const [row] = (await knex('stored_file')
    .insert({
      id: knex.raw('gen_random_uuid()'),
      owner_kind: meta.ownerKind,
      owner_id: meta.ownerId,
      purpose: meta.purpose,
      name: meta.name.slice(0, 200),
      content_type: meta.contentType,
      size: 0,
      chunks: 0,
      created_at: new Date(),
      expires_at: meta.expiresAt,
    })
    .returning('id')) as Array<{ id: string }>;
  return new StoredFileWriter(knex, row.id, chunkBytes);
}

export async function storedFileInfo(knex: Knex, id: string): Promise<StoredFileInfo | undefined> {
  const row = (await knex('stored_file').where({ id }).first()) as Record<string, unknown> | undefined;
  if (!row) return undefined;
  return {
    id: String(row.id),
    ownerKind: String(row.owner_kind),
    ownerId: String(row.owner_id),
    name: String(row.name),
    contentType: String(row.content_type),
    size: Number(row.size),
    completedAt: (row.completed_at as Date | null) ?? null,
    expiresAt: row.expires_at as Date,
  };
}

/** The bytes of a file, read one chunk per statement as the reader asks for them. */
export function openStoredFile(knex: Knex, id: string): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq += 1) {
      const row = (await knex('stored_file_chunk').where({ file_id: id, seq }).first('data')) as { data: Buffer } | undefined;
      if (!row) return;
      yield row.data;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** Deletes files past their expiry (their chunks go with them), a batch of files per statement. Returns how many. */
export async function purgeExpiredFiles(knex: Knex, now: Date, batch = 100): Promise<number> {
  let purged = 0;
  for (;;) {
    const { rows } = (await knex.raw(
      `delete from stored_file where id in (
         select id from stored_file where expires_at < ? order by expires_at limit ? for update skip locked)
       returning id`,
      [now, batch],
    )) as { rows: unknown[] };
    purged += rows.length;
    if (rows.length < batch) return purged;
  }
}
