import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Max, Min, MaxLength, ArrayMaxSize, IsUUID } from 'class-validator';
import type { EntityMetadata, FilterQuery } from '@mikro-orm/core';
import { rangeCondition } from './date-range';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

export const MAX_PER_PAGE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 1, description: 'Page number, 1-based' })
  @Min(1)
  page!: number;

  @Field(() => Int, { defaultValue: 25, description: `Rows per page (at most ${MAX_PER_PAGE})` })
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage!: number;

  @Field(() => SortOrder, { nullable: true })
  sortOrder?: SortOrder;
}

/** Every resource's filter has these two; the rest is per resource. */
@InputType()
export class ListFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these records (get many by ids)' })
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Free-text search (名称/代码/电话 …)' })
  @MaxLength(100)
  q?: string;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function contains(text: string): string {
  return `%${escapeLike(text.trim())}%`;
}

/**
 * Filter fields named after the entity map onto it without code: `kind` -> equality,
 * `brandId` -> the `brand` relation, `createdFrom`/`createdTo` -> a range on `createdAt` or `created`.
 */
export function autoWhere<E>(
  meta: EntityMetadata<E>,
  filter: object,
  searchFields: string[],
  /** Where a bare date in a range (`createdFrom: "2026-12-01"`) begins and ends. */
  timeZone = 'UTC',
  /** Further matches of `q` beside the search fields. */
  search?: (text: string) => FilterQuery<E>[],
): FilterQuery<E>[] {
  const parts: FilterQuery<E>[] = [];
  const props = meta.properties as Record<string, { kind: string } | undefined>;
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key === 'ids') {
      parts.push({ id: { $in: value } } as FilterQuery<E>);
    } else if (key === 'q') {
      const text = String(value).trim();
      const alternatives = text ? [...searchFields.map((f) => ({ [f]: { $ilike: contains(text) } }) as FilterQuery<E>), ...(search?.(text) ?? [])] : [];
      if (alternatives.length) parts.push({ $or: alternatives } as FilterQuery<E>);
    } else if (props[key] && props[key]!.kind === 'scalar') {
      parts.push({ [key]: value } as FilterQuery<E>);
    } else if (key.endsWith('Id') && props[key.slice(0, -2)]?.kind === 'm:1') {
      parts.push({ [key.slice(0, -2)]: value } as FilterQuery<E>);
    } else if (/(From|To)$/.test(key)) {
      const base = key.replace(/(From|To)$/, '');
      const prop = [base, `${base}At`, `${base}On`, `${base}Date`].find((p) => props[p]);
      if (prop) parts.push({ [prop]: rangeCondition(value, key.endsWith('From') ? 'from' : 'to', timeZone) } as FilterQuery<E>);
    }
  }
  return parts;
}
