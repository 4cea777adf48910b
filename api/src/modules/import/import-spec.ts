import type { EntityClass } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import type { Bilingual } from '../../common/i18n';
import type { ServiceContext } from '../../common/service-context';
import { typeLabel } from '../../common/labels/catalogue';
import type { Resource } from '../auth/permissions';

/**
 * What one kind of record needs to be imported: its columns (names from the label catalogue, in
 * both languages), how a row becomes the record's create input (validated by the same class as
 * the GraphQL mutation), the business rules, the keys that must be new, and the stored record.
 * A registration per record type (`defineImport`). Records are inserted as rows of `target`
 * unless the spec writes them itself (`write`: opening stock goes through the stock ledger).
 */

export type ImportColumnType = 'text' | 'integer' | 'money' | 'date' | 'boolean' | 'enum' | 'list' | 'ref' | 'refs';

/** A reference by code or name: the first property that matches wins; a name shared by several records is ambiguous. */
export interface RefSpec {
  entity: () => EntityClass<unknown>;
  label: Bilingual;
  /** Properties matched, in order (e.g. code, then name). */
  by: readonly string[];
  /** Properties read along with the id (the brand's manufacturer, the product's warranty months). */
  extra?: readonly string[];
  /** A column of the same row that narrows the match (a code group within the row's kind), and the property it matches. */
  within?: { column: string; property: string };
}

export interface ImportColumn {
  key: string;
  label: Bilingual;
  type: ImportColumnType;
  required?: boolean;
  enumName?: string;
  enumObject?: Readonly<Record<string, string>>;
  ref?: RefSpec;
  hint?: Bilingual;
}

/** A reference resolved for a row: the record's id and the extra properties read with it. */
export interface Resolved {
  id: string;
  extra: Record<string, unknown>;
}

export interface RowContext {
  /** Today in the business time zone. */
  today: string;
  /** The resolved reference of a ref column of this row. */
  ref(column: string): Resolved | undefined;
  /** Shared by the rows of one import (what `prepare` loaded, counters). */
  state: Map<string, unknown>;
}

export interface RuleError {
  column: string | null;
  message: Bilingual;
}

/** A key that must be unique: within the file, and not yet in the database. */
export interface ImportKey {
  /** The columns the key is made of (their parsed values, refs as ids). */
  columns: readonly string[];
  label: Bilingual;
  /** The table and its columns (the same order), for looking up existing keys. */
  table: string;
  tableColumns: readonly string[];
  /** Why a key already in the database is refused (default: "a record with this … exists already"). */
  exists?: Bilingual;
}

/** What a spec's own `write` is given besides the records. */
export interface WriteContext {
  batchId: string;
  fileName: string;
  /** The records written so far, for the batch's progress. */
  progress(rows: number): unknown;
}

export interface ImportSpec<I extends object = object> {
  /** The import's name: the list query of the records (customers, products …). */
  entity: string;
  /** The table the records go to (its metadata types the keys; its policy checks the columns). */
  target: EntityClass<unknown>;
  /** What the import is called (template title, the entity choice); default: the target's name. */
  label?: Bilingual;
  /** Importing needs `<resource>:write`. */
  resource: Resource;
  columns: readonly ImportColumn[];
  /** The GraphQL create input class: its class-validator rules check each row. */
  inputClass: ClassType<I>;
  /** The create input from a row's parsed values (refs as ids). */
  input(values: Record<string, unknown>): I;
  /** Rules beyond the input class (a mobile for individuals, dates in order). */
  check?(input: I, row: RowContext): RuleError[];
  keys?: readonly ImportKey[];
  /** Reads what writing needs (the next sort order of each code table), before the records are made. */
  prepare?(em: import('@mikro-orm/postgresql').EntityManager, state: Map<string, unknown>): Promise<void>;
  /** The stored record's properties (relations as ids) from a valid input. */
  record(input: I, row: RowContext): Record<string, unknown>;
  /**
   * Writes the valid records itself instead of inserting them into `target`: in the import's
   * transaction, as the caller, every unit-of-work change audited with the batch as its reason.
   */
  write?(sc: ServiceContext, records: Array<Record<string, unknown>>, ctx: WriteContext): Promise<void>;
}

const SPECS = new Map<string, ImportSpec>();

export function defineImport<I extends object>(spec: ImportSpec<I>): ImportSpec<I> {
  if (SPECS.has(spec.entity)) throw new Error(`Import ${spec.entity} is defined twice`);
  SPECS.set(spec.entity, spec as unknown as ImportSpec);
  return spec;
}

export function importSpec(entity: string): ImportSpec | undefined {
  return SPECS.get(entity);
}

export function importLabel(spec: ImportSpec): Bilingual {
  return spec.label ?? typeLabel((spec.target as { name: string }).name);
}

export function importNames(): string[] {
  return [...SPECS.keys()];
}
