import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NUMBER_PREFIX, StockDocumentType } from '../stock.enums';

/**
 * Every numbered document besides service orders (which keep their SO- counter): the stock
 * documents, and the after-sales ones sharing these counter rows (RR- return requests, CP-
 * complaints, QF- quality feedback).
 */
export const DOCUMENT_PREFIX = {
  ...NUMBER_PREFIX,
  [StockDocumentType.RETURN_REQUEST]: 'RR',
  complaint: 'CP',
  quality_feedback: 'QF',
} as const;
export type NumberedDocument = keyof typeof DOCUMENT_PREFIX;

/** The last number issued per document type and year. Its row lock serialises concurrent creations until they commit. */
@Entity({ tableName: 'stock_document_sequence' })
export class StockDocumentSequence {
  static readonly noAudit = true;

  @PrimaryKey({ length: 20 })
  type!: string;

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property()
  lastNumber!: number;
}

/**
 * The next number of a document type, e.g. RK-2026-000123, taken inside the creating transaction
 * as service orders take theirs: a rollback gives it back, so there are neither gaps nor duplicates.
 */
export async function nextDocumentNumber(em: EntityManager, type: NumberedDocument, year: number): Promise<string> {
  const rows = await em.getConnection().execute<{ last_number: number }[]>(
    `insert into stock_document_sequence (type, year, last_number) values (?, ?, 1)
     on conflict (type, year) do update set last_number = stock_document_sequence.last_number + 1
     returning last_number`,
    [type, year],
    'all',
    em.getTransactionContext(),
  );
  return `${DOCUMENT_PREFIX[type]}-${year}-${String(rows[0].last_number).padStart(6, '0')}`;
}
