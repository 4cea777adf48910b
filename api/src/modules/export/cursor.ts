import type { EntityManager } from '@mikro-orm/postgresql';
import { driverBindings, type Fragment } from '../query/sql';

/**
 * The rows of a statement in batches, read through a server-side cursor in a read-only
 * transaction of its own: nothing enters the identity map and the process holds one batch at a
 * time. Each FETCH is its own statement, so every one stays within the connection's statement
 * timeout; a statement that needs longer (a grouping over millions of rows) fails like the same
 * query in the panel would. Stopping early (the client went away) rolls the transaction back.
 */
export async function* cursorRows(em: EntityManager, statement: Fragment, batch = 2000): AsyncGenerator<Array<Record<string, unknown>>> {
  const knex = em.getConnection().getKnex();
  const trx = await knex.transaction();
  let finished = false;
  try {
    await trx.raw('set transaction read only');
    await trx.raw(`declare export_rows no scroll cursor for ${statement.sql}`, driverBindings(statement));
    for (;;) {
      const result = (await trx.raw(`fetch ${Number(batch)} from export_rows`)) as { rows: Array<Record<string, unknown>> };
      if (!result.rows.length) break;
      yield result.rows;
    }
    await trx.commit();
    finished = true;
  } finally {
    if (!finished) await trx.rollback().catch(() => undefined);
  }
}
