import { isUuid } from '../common/uuid';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
  type ClassType,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ForeignKeyConstraintViolationException, type EntityData, type EntityMetadata, type FilterQuery } from '@mikro-orm/core';
import type { Permission } from '../modules/auth/permissions';
import { assertMayWrite, policyOf, redactionsOf, scopeOf, withinScope, type Policy } from '../common/access/policy';
import { badInput, fieldError, forbidden, inUse, notFound, tableName } from '../common/errors';
import type { Context } from './context';
import type { AccessContext } from '../common/access/scoped';
import { ListFilter, PageArgs, SortOrder, autoWhere } from './list';
import { countRows, isSelected, readRows, selectionOf, type Total } from './read/read';
import { decodeCursor, encodeCursor } from './read/cursor';

type AnyEntity = { id: string };

/** What the read side of a resource needs: list with filters, get one. Access comes from the entity's policy. */
export interface ReadConfig<E extends AnyEntity, F extends ListFilter> {
  entity: ClassType<E>;
  /** GraphQL type name, e.g. `Customer`; operations are `customers`, `customer`, `createCustomer` … */
  name: string;
  plural: string;
  filterInput: ClassType<F>;
  /** Sortable fields; the first is the default. */
  sortFields: readonly string[];
  defaultSortOrder?: SortOrder;
  /** Properties matched by the free-text `q` filter (those the caller may not read are left out). */
  searchFields?: string[];
  /**
   * Further matches of `q`, OR-ed with `searchFields`: a relation's field, a normalised phone.
   * `searchable` is the part of `searchFields` the caller may read.
   */
  search?: (text: string, searchable: readonly string[], ctx: Context) => FilterQuery<E>[];
  /** Filter fields only `where` reads (not matched one-to-one on the property of that name). */
  ownFilters?: readonly (keyof F & string)[];
  /** Filter fields that do not map one-to-one onto a property. */
  where?: (filter: F, ctx: Context) => FilterQuery<E> | undefined;
  /** Filter fields that match on properties, for callers who may not read those (e.g. `phone` reads `mobile`). */
  filterReads?: Partial<Record<keyof F & string, readonly string[]>>;
}

export interface ResourceConfig<E extends AnyEntity, C extends object, U extends object, F extends ListFilter>
  extends ReadConfig<E, F> {
  /** Permission to create, when it differs from `<resource>:write` (e.g. partners with `:create`). */
  createPermission?: Permission;
  createInput: ClassType<C>;
  updateInput: ClassType<U>;
  /** Business rules on create/update; the default assigns the input (`xId` -> relation `x`). */
  create?: (input: C, ctx: Context) => Promise<E>;
  update?: (entity: E, input: U, ctx: Context) => Promise<E>;
  /** Rules checked on the record after every create and update (default or custom). */
  validate?: (entity: E, ctx: Context) => Promise<void> | void;
  /** References the database cannot see (array columns) refuse a delete here. */
  beforeDelete?: (entity: E, ctx: Context) => Promise<void>;
}


function lcFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function policyFor<E extends object>(entity: ClassType<E>): Policy<E> {
  const policy = policyOf(entity);
  if (!policy) throw new Error(`${entity.name} has no access policy: define one with definePolicy`);
  return policy;
}

/** Input field names onto entity properties: `brandId` -> `brand`, `partIds` -> `parts`; undefined dropped. */
export function toEntityData<E>(meta: EntityMetadata<E>, input: object): EntityData<E> {
  const props = meta.properties as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!props[key] && key.endsWith('Id') && props[key.slice(0, -2)]) data[key.slice(0, -2)] = value;
    else if (!props[key] && key.endsWith('Ids') && props[`${key.slice(0, -3)}s`]) data[`${key.slice(0, -3)}s`] = value;
    else data[key] = value;
  }
  return data as EntityData<E>;
}

const unavailable = (field: string) =>
  badInput([fieldError(field, '不能用于筛选或排序（您无权查看该字段）', 'cannot be used to filter or sort: you may not read it')]);

/** The filter as a query condition, narrowed to the caller's scope; never matching on fields the caller may not read. */
export function whereOf<E extends AnyEntity, F extends ListFilter>(cfg: ReadConfig<E, F>, ctx: Context, filter: F | undefined): FilterQuery<E> {
  const meta = ctx.em.getMetadata().get<E>(cfg.entity.name);
  const redacted = redactionsOf(cfg.entity, ctx.actor) ?? {};
  if (filter) {
    for (const [key, value] of Object.entries(filter)) {
      if (value === undefined || value === null) continue;
      const reads = (cfg.filterReads as Record<string, readonly string[]> | undefined)?.[key] ?? [key];
      if (reads.some((f) => f in redacted)) throw unavailable(key);
    }
  }
  const searchable = (cfg.searchFields ?? []).filter((f) => !(f in redacted));
  const auto = filter && cfg.ownFilters?.length ? Object.fromEntries(Object.entries(filter).filter(([k]) => !cfg.ownFilters!.includes(k as never))) : filter;
  const search = cfg.search && ((text: string) => cfg.search!(text, searchable, ctx));
  const parts: FilterQuery<E>[] = auto ? autoWhere(meta, auto, searchable, ctx.config.timeZone, search) : [];
  const custom = filter && cfg.where?.(filter, ctx);
  if (custom) parts.push(custom);
  const scope = scopeOf(cfg.entity, ctx.actor);
  if (scope) parts.push(scope);
  return (parts.length ? { $and: parts } : {}) as FilterQuery<E>;
}

export interface PageResult {
  items: Record<string, unknown>[];
  total: () => Promise<number>;
  totalExact: () => Promise<boolean>;
  nextCursor: string | null;
}

/** Deeper pages than this need the keyset cursor (`after`): an offset that large reads every row it skips. */
export const MAX_OFFSET = 10_000;

/** A page of records: one statement for the rows and their selected relations, a count only when `total` is selected. */
export async function listPage<E extends AnyEntity, F extends ListFilter>(
  cfg: ReadConfig<E, F>,
  ctx: Context,
  info: GraphQLResolveInfo,
  filter: F | undefined,
  page: PageArgs,
  sortField: string | undefined,
  after: string | undefined,
): Promise<PageResult> {
  const order = page.sortOrder ?? cfg.defaultSortOrder ?? SortOrder.ASC;
  const dir = order === SortOrder.DESC ? 'desc' : 'asc';
  const field = sortField ?? cfg.sortFields[0];
  if (field in (redactionsOf(cfg.entity, ctx.actor) ?? {})) throw unavailable('sortField');
  const where = whereOf(cfg, ctx, filter);
  const meta = ctx.em.getMetadata().get<E>(cfg.entity.name);
  const offset = after ? 0 : (page.page - 1) * page.perPage;
  if (offset > MAX_OFFSET) {
    throw badInput([
      fieldError('page', `超出可翻页范围（前 ${MAX_OFFSET} 行）：请用 after 游标继续`, `goes past the first ${MAX_OFFSET} rows: continue with the after cursor`),
    ]);
  }
  let rowsWhere = where;
  if (after) {
    const [value, id] = decodeCursor(after, field, dir);
    const beyond = dir === 'desc' ? '$lt' : '$gt';
    rowsWhere = {
      $and: [where, { $or: [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: id } }] }],
    } as FilterQuery<E>;
    if ((meta.properties as Record<string, { nullable?: boolean } | undefined>)[field]?.nullable) {
      throw badInput([fieldError('after', '按可为空的字段排序时不能使用游标', 'cannot be used when sorting by a field that may be empty')]);
    }
  }
  const items = selectionOf(info, cfg.name, 'items');
  const cursor = isSelected(info, 'nextCursor');
  const wantsTotal = isSelected(info, 'total') || isSelected(info, 'totalExact');
  const { rows, lastSortValues, total } =
    items.selected || cursor
      ? await readRows(
          ctx,
          {
            entity: cfg.entity,
            where: rowsWhere,
            orderBy: [
              [field, dir],
              ['id', dir],
            ],
            limit: page.perPage,
            offset,
          },
          items.fields,
          { sortValues: cursor, count: wantsTotal ? { where } : undefined },
        )
      : { rows: [], lastSortValues: undefined, total: undefined };
  let counted: Promise<Total> | undefined = total;
  const count = () => (counted ??= countRows(ctx, cfg.entity, where));
  return {
    items: rows,
    total: async () => (await count()).total,
    totalExact: async () => (await count()).exact,
    nextCursor: rows.length === page.perPage && lastSortValues ? encodeCursor(field, dir, lastSortValues) : null,
  };
}

/** One record for GraphQL through the compiled read path, or NOT_FOUND (also outside the caller's scope). */
export async function readOne<E extends AnyEntity>(cfg: ReadConfig<E, ListFilter>, ctx: Context, info: GraphQLResolveInfo, id: string) {
  const label = policyFor(cfg.entity).label;
  if (!isUuid(id)) throw notFound(label, id);
  const { fields } = selectionOf(info, cfg.name);
  const { rows } = await readRows(
    ctx,
    { entity: cfg.entity, where: withinScope(cfg.entity, ctx.actor, { id } as FilterQuery<E>), orderBy: [['id', 'asc']], limit: 1 },
    fields,
  );
  if (!rows.length) throw notFound(label, id);
  return rows[0];
}

/** A managed record the actor may see, or NOT_FOUND (also for ids of records outside the actor's scope). */
export async function findVisible<E extends AnyEntity>(entity: ClassType<E>, ctx: Context, id: string): Promise<E> {
  const label = policyFor(entity).label;
  if (!isUuid(id)) throw notFound(label, id);
  const found = await ctx.em.findOne(entity, withinScope(entity, ctx.actor, { id } as FilterQuery<E>));
  if (!found) throw notFound(label, id);
  return found;
}

/** After a write: the record must still be inside the actor's scope (no moving records out of it). */
async function assertInScope<E extends AnyEntity>(entity: ClassType<E>, ctx: Context, record: E): Promise<void> {
  const scope = scopeOf(entity, ctx.actor);
  if (!scope) return;
  await ctx.em.flush();
  const n = await ctx.em.count(entity, { $and: [{ id: record.id }, scope] } as FilterQuery<E>);
  if (n !== 1) throw forbidden(`${policyFor(entity).resource} outside your scope`);
}

/** The input's fields that are set, as entity property names (`brandId` -> `brand`), for the write rules. */
function changedFields(input: object): string[] {
  return Object.entries(input)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
}

export async function createRecord<E extends AnyEntity, C extends object>(
  cfg: ResourceConfig<E, C, object, ListFilter>,
  ctx: Context,
  input: C,
): Promise<E> {
  assertMayWrite(cfg.entity, ctx.actor, changedFields(input));
  let entity: E;
  if (cfg.create) {
    entity = await cfg.create(input, ctx);
  } else {
    const meta = ctx.em.getMetadata().get<E>(cfg.entity.name);
    entity = ctx.em.create(cfg.entity, toEntityData(meta, input) as never);
  }
  attributeToPartner(ctx, entity);
  await cfg.validate?.(entity, ctx);
  ctx.em.persist(entity);
  await ctx.em.flush();
  await assertInScope(cfg.entity, ctx, entity);
  return entity;
}

/** Records a partner creates carry its key where the entity has room for it (retailers see what they brought). */
export function attributeToPartner(ctx: AccessContext, entity: object): void {
  if (ctx.actor?.kind !== 'partner') return;
  const meta = ctx.em.getMetadata().get((entity.constructor as { name: string }).name);
  if (meta.properties['createdByApiKey' as never]) {
    (entity as { createdByApiKey: unknown }).createdByApiKey = ctx.em.getReference('ApiKey', ctx.actor.id);
  }
}

export async function updateRecord<E extends AnyEntity, U extends object>(
  cfg: ResourceConfig<E, object, U, ListFilter>,
  ctx: Context,
  id: string,
  input: U,
): Promise<E> {
  const entity = await findVisible(cfg.entity, ctx, id);
  assertMayWrite(cfg.entity, ctx.actor, changedFields(input), entity);
  if (cfg.update) {
    await cfg.update(entity, input, ctx);
  } else {
    const meta = ctx.em.getMetadata().get<E>(cfg.entity.name);
    ctx.em.assign(entity, toEntityData(meta, input) as never);
  }
  await cfg.validate?.(entity, ctx);
  await ctx.em.flush();
  await assertInScope(cfg.entity, ctx, entity);
  return entity;
}

/** Deletes a record nobody refers to; a referenced one is refused with IN_USE (deactivate it instead). */
export async function deleteRecord<E extends AnyEntity>(
  cfg: ResourceConfig<E, object, object, ListFilter>,
  ctx: Context,
  id: string,
): Promise<E> {
  const entity = await findVisible(cfg.entity, ctx, id);
  assertMayWrite(cfg.entity, ctx.actor, ['delete'], entity);
  await cfg.beforeDelete?.(entity, ctx);
  ctx.em.remove(entity);
  try {
    await ctx.em.flush();
  } catch (err) {
    if (err instanceof ForeignKeyConstraintViolationException) {
      const m = (err as unknown as { detail?: string }).detail?.match(/from table "([^"]+)"/);
      throw inUse(policyFor(cfg.entity).label, m ? tableName(m[1]) : { zh: '其他记录', en: 'other records' });
    }
    throw err;
  }
  return entity;
}

const LISTS = new Map<string, ReadConfig<AnyEntity, ListFilter>>();

/** A list's read side by its query name (`serviceOrders`), for exports of the list as filtered. */
export function listConfig(name: string): ReadConfig<AnyEntity, ListFilter> | undefined {
  return LISTS.get(name);
}

/** `customers(filter, page, perPage, sortField, sortOrder, after): CustomerPage` and `customer(id)`. */
export function readResolver<E extends AnyEntity, F extends ListFilter>(cfg: ReadConfig<E, F>) {
  const policy = policyFor(cfg.entity);
  LISTS.set(lcFirst(cfg.plural), cfg as unknown as ReadConfig<AnyEntity, ListFilter>);
  const sortEnum = Object.fromEntries(cfg.sortFields.map((f) => [f, f]));
  registerEnumType(sortEnum, { name: `${cfg.name}SortField` });

  @ObjectType(`${cfg.name}Page`, { description: `${policy.label.zh}列表 A page of ${cfg.plural}` })
  class PageType {
    @Field(() => [cfg.entity], { simple: true })
    items!: E[];

    @Field(() => Int, {
      simple: true,
      description: `Rows matching the filter over all pages: exact up to 50,000, beyond that PostgreSQL's estimate (see totalExact)`,
    })
    total!: number;

    @Field({ simple: true, description: 'Whether total is an exact count (false: an estimate, the list being larger than 50,000 rows)' })
    totalExact!: boolean;

    @Field(() => String, { nullable: true, simple: true, description: 'Pass as `after` for the next page (keyset pagination); null on the last page' })
    nextCursor!: string | null;
  }

  const read = `${policy.resource}:read`;

  @Resolver()
  abstract class ReadResolver {
    @Authorized(read)
    @Query(() => PageType, { name: lcFirst(cfg.plural), description: `${policy.label.zh} — list ${cfg.plural}` })
    list(
      @Args(() => PageArgs) page: PageArgs,
      @Arg('sortField', () => sortEnum, { nullable: true }) sortField: string | undefined,
      @Arg('filter', () => cfg.filterInput, { nullable: true }) filter: F | undefined,
      @Arg('after', () => String, { nullable: true, description: 'Cursor from a previous page’s nextCursor: the rows after it (page is then ignored)' })
      after: string | undefined,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<PageResult> {
      return listPage(cfg, ctx, info, filter, page, sortField, after);
    }

    @Authorized(read)
    @Query(() => cfg.entity, { name: lcFirst(cfg.name), description: `${policy.label.zh} — one ${cfg.name} by id` })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return readOne(cfg as ReadConfig<E, ListFilter>, ctx, info, id);
    }
  }
  return ReadResolver;
}

/**
 * The CRUD surface every resource shares, with one naming convention:
 * `customers(…)`, `customer(id)`, `createCustomer(input)`, `updateCustomer(id, input)`, `deleteCustomer(id)`.
 */
export function crudResolver<E extends AnyEntity, C extends object, U extends object, F extends ListFilter>(
  cfg: ResourceConfig<E, C, U, F>,
) {
  const policy = policyFor(cfg.entity);
  const write = `${policy.resource}:write`;
  const create = cfg.createPermission ?? write;
  const c = cfg as unknown as ResourceConfig<E, object, object, ListFilter>;

  @Resolver()
  abstract class CrudResolver extends readResolver(cfg) {
    @Authorized(create)
    @Mutation(() => cfg.entity, { name: `create${cfg.name}` })
    create(@Arg('input', () => cfg.createInput) input: C, @Ctx() ctx: Context): Promise<E> {
      return createRecord(cfg as never, ctx, input);
    }

    @Authorized(write)
    @Mutation(() => cfg.entity, { name: `update${cfg.name}` })
    update(
      @Arg('id', () => ID) id: string,
      @Arg('input', () => cfg.updateInput) input: U,
      @Ctx() ctx: Context,
    ): Promise<E> {
      return updateRecord(cfg as never, ctx, id, input);
    }

    @Authorized(write)
    @Mutation(() => cfg.entity, {
      name: `delete${cfg.name}`,
      description: 'Deletes an unreferenced record; a referenced one is refused with IN_USE (deactivate it instead)',
    })
    delete(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<E> {
      return deleteRecord(c, ctx, id);
    }
  }
  return CrudResolver;
}
