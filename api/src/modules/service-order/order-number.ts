import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The last number issued per year. Its row lock serialises concurrent intakes until they commit. */
@Entity({ tableName: 'service_order_sequence' })
export class OrderNumberSequence {
  static readonly noAudit = true;

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property()
  lastNumber!: number;
}

/**
 * The next order number, e.g. SO-2026-000123. Taken inside the creating transaction: a rollback
 * gives the number back, so numbers have no gaps and no duplicates.
 */
export async function nextOrderNumber(em: EntityManager, year: number): Promise<string> {
  const rows = await em.getConnection().execute<{ last_number: number }[]>(
    `insert into service_order_sequence (year, last_number) values (?, 1)
     on conflict (year) do update set last_number = service_order_sequence.last_number + 1
     returning last_number`,
    [year],
    'all',
    em.getTransactionContext(),
  );
  return `SO-${year}-${String(rows[0].last_number).padStart(6, '0')}`;
}
