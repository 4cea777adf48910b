import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The last number issued per document prefix and year (RR- return requests, CP- complaints, QF-
 * quality feedback): one counter row each, as service orders have theirs. Its row lock
 * serialises concurrent creations until they commit.
 */
@Entity({ tableName: 'document_sequence' })
export class DocumentSequence {
  static readonly noAudit = true;

  @PrimaryKey({ length: 4 })
  prefix!: string;

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property()
  lastNumber!: number;
}

/**
 * The next number of a document type, e.g. RR-2026-000123. Taken inside the creating transaction:
 * a rollback gives the number back, so numbers have no gaps and no duplicates.
 */
export async function nextDocumentNumber(em: EntityManager, prefix: string, year: number): Promise<string> {
  const rows = await em.getConnection().execute<{ last_number: number }[]>(
    `insert into document_sequence (prefix, year, last_number) values (?, ?, 1)
     on conflict (prefix, year) do update set last_number = document_sequence.last_number + 1
     returning last_number`,
    [prefix, year],
    'all',
    em.getTransactionContext(),
  );
  return `${prefix}-${year}-${String(rows[0].last_number).padStart(6, '0')}`;
}
