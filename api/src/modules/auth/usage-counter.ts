import type { MikroORM } from '@mikro-orm/postgresql';

interface Count {
  apiKeyId: string;
  day: string;
  operation: string;
  requests: number;
  lastAt: string;
}

/**
 * Partner requests per key, day and operation, counted in the process and written every
 * `USAGE_FLUSH_MS` (and when the app closes) as one multi-row upsert, which also sets the keys'
 * `last_used_at`. Requests never wait for it and never queue on a key's row; a crash loses at most
 * the counts since the last flush. A failed write keeps its counts for the next one.
 */
export class UsageCounter {
  private counts = new Map<string, Count>();
  private writing: Promise<void> = Promise.resolve();
  private readonly timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    flushMs: number,
    private readonly onError: (err: unknown) => void = (err) => console.error('partner usage flush failed', err),
  ) {
    if (flushMs > 0) {
      this.timer = setInterval(() => void this.flush().catch(this.onError), flushMs);
      this.timer.unref();
    }
  }

  record(apiKeyId: string, day: string, operation: string): void {
    const op = operation.slice(0, 100);
    const id = `${apiKeyId}\u0000${day}\u0000${op}`;
    const lastAt = new Date().toISOString();
    const count = this.counts.get(id);
    if (count) {
      count.requests += 1;
      count.lastAt = lastAt;
    } else {
      this.counts.set(id, { apiKeyId, day, operation: op, requests: 1, lastAt });
    }
  }

  /** Counts not yet written. */
  get pending(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c.requests;
    return n;
  }

  /** Writes what was counted so far; flushes run one after another. */
  flush(): Promise<void> {
    this.writing = this.writing.catch(() => undefined).then(() => this.write());
    return this.writing;
  }

  /** Stops the timer and writes the rest. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  private async write(): Promise<void> {
    if (this.counts.size === 0) return;
    const batch = [...this.counts.values()];
    this.counts = new Map();
    try {
      await this.orm.em.getConnection().execute(
        `with counted as (
           select * from jsonb_to_recordset(?::jsonb)
             as c("apiKeyId" uuid, day date, operation varchar(100), requests int, "lastAt" timestamptz)
         ), usage as (
           insert into api_key_usage (api_key_id, day, operation, requests, last_at)
           select "apiKeyId", day, operation, requests, "lastAt" from counted
           on conflict (api_key_id, day, operation) do update set
             requests = api_key_usage.requests + excluded.requests,
             last_at = greatest(api_key_usage.last_at, excluded.last_at)
         )
         update api_key set last_used_at = greatest(api_key.last_used_at, used.at)
         from (select "apiKeyId" as id, max("lastAt") as at from counted group by "apiKeyId") used
         where api_key.id = used.id`,
        [JSON.stringify(batch)],
      );
    } catch (err) {
      for (const c of batch) {
        const id = `${c.apiKeyId}\u0000${c.day}\u0000${c.operation}`;
        const now = this.counts.get(id);
        if (now) now.requests += c.requests;
        else this.counts.set(id, c);
      }
      throw err;
    }
  }
}
