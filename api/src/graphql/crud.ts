import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
  type ClassType,
} from 'type-graphql';
import {
  ForeignKeyConstraintViolationException,
  type EntityData,
  type EntityMetadata,
  type FilterQuery,
  type QueryOrderMap,
} from '@mikro-orm/core';
import type { Bilingual } from '../common/i18n';
import type { Actor } from '../modules/auth/actor';
import type { Permission, Resource } from '../modules/auth/permissions';
import type { Context } from './context';
import { forbidden, inUse, notFound, tableName } from '../common/errors';
import { registerResource } from './loaders';
import { ListFilter, PageArgs, SortOrder, autoWhere } from './list';

export interface Page<E> {
  items: E[];
  total: number;
}

type AnyEntity = { id: string };

/** What the read side of a resource needs: list with filters, get one. */
export interface ReadConfig<E extends AnyEntity, F extends ListFilter> {
  entity: ClassType<E>;
  /** GraphQL type name, e.g. `Customer`; operations are `customers`, `customer`, `createCustomer` … */
  name: string;
  plural: string;
  label: Bilingual;
  permission: Resource;
  filterInput: ClassType<F>;
  /** Sortable fields; the first is the default. */
  sortFields: readonly string[];
  defaultSortOrder?: SortOrder;
  /** Properties matched by the free-text `q` filter. */
  searchFields?: string[];
  /** Filter fields that do not map one-to-one onto a property. */
  where?: (filter: F, ctx: Context) => FilterQuery<E> | undefined;
  /** Records the actor may see and change; `undefined` means all. */
  scope?: (actor: Actor) => FilterQuery<E> | undefined;
}

export interface ResourceConfig<E extends AnyEntity, C extends object, U extends object, F extends ListFilter>
  extends ReadConfig<E, F> {
  /** Permission to create, when it differs from `<permission>:write` (e.g. partners with `:create`). */
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function lcFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
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

function scopeOf<E extends AnyEntity>(cfg: ReadConfig<E, ListFilter>, ctx: Context) {
  return ctx.actor && cfg.scope ? cfg.scope(ctx.actor) : undefined;
}

export function whereOf<E extends AnyEntity, F extends ListFilter>(
  cfg: ReadConfig<E, F>,
  ctx: Context,
  filter: F | undefined,
): FilterQuery<E> {
  const meta = ctx.em.getMetadata().get<E>(cfg.entity.name);
  const parts: FilterQuery<E>[] = filter ? autoWhere(meta, filter, cfg.searchFields ?? [], ctx.config.timeZone) : [];
  const custom = filter && cfg.where?.(filter, ctx);
  if (custom) parts.push(custom);
  const scope = scopeOf(cfg as never, ctx);
  if (scope) parts.push(scope as FilterQuery<E>);
  return (parts.length ? { $and: parts } : {}) as FilterQuery<E>;
}

export async function listRecords<E extends AnyEntity, F extends ListFilter>(
  cfg: ReadConfig<E, F>,
  ctx: Context,
  filter: F | undefined,
  page: PageArgs,
  sortField?: string,
): Promise<Page<E>> {
  const order = page.sortOrder ?? cfg.defaultSortOrder ?? SortOrder.ASC;
  const dir = order === SortOrder.DESC ? 'desc' : 'asc';
  const field = sortField ?? cfg.sortFields[0];
  const [items, total] = await ctx.em.findAndCount(cfg.entity, whereOf(cfg, ctx, filter), {
    limit: page.perPage,
    offset: (page.page - 1) * page.perPage,
    orderBy: [{ [field]: dir }, { id: dir }] as QueryOrderMap<E>[],
  });
  return { items, total };
}

/** A record the actor may see, or NOT_FOUND (also for ids of records outside the actor's scope). */
export async function findVisible<E extends AnyEntity>(
  cfg: ReadConfig<E, ListFilter>,
  ctx: Context,
  id: string,
): Promise<E> {
  if (!isUuid(id)) throw notFound(cfg.label, id);
  const scope = scopeOf(cfg, ctx);
  const where = (scope ? { $and: [{ id }, scope] } : { id }) as FilterQuery<E>;
  const entity = await ctx.em.findOne(cfg.entity, where);
  if (!entity) throw notFound(cfg.label, id);
  return entity;
}

/** After a write: the record must still be inside the actor's scope (no moving records out of it). */
async function assertInScope<E extends AnyEntity>(
  cfg: ResourceConfig<E, object, object, ListFilter>,
  ctx: Context,
  entity: E,
): Promise<void> {
  const scope = scopeOf(cfg, ctx);
  if (!scope) return;
  await ctx.em.flush();
  const n = await ctx.em.count(cfg.entity, { $and: [{ id: entity.id }, scope] } as FilterQuery<E>);
  if (n !== 1) throw forbidden(`${cfg.permission} outside your scope`);
}

export async function createRecord<E extends AnyEntity, C extends object>(
  cfg: ResourceConfig<E, C, object, ListFilter>,
  ctx: Context,
  input: C,
): Promise<E> {
  let entity: E;
  if (cfg.create) {
    entity = await cfg.create(input, ctx);
  } else {
    const meta = ctx.em.getMetadata().get<E>(cfg.entity.name);
    entity = ctx.em.create(cfg.entity, toEntityData(meta, input) as never);
  }
  await cfg.validate?.(entity, ctx);
  ctx.em.persist(entity);
  await ctx.em.flush();
  await assertInScope(cfg as never, ctx, entity);
  return entity;
}

export async function updateRecord<E extends AnyEntity, U extends object>(
  cfg: ResourceConfig<E, object, U, ListFilter>,
  ctx: Context,
  id: string,
  input: U,
): Promise<E> {
  const entity = await findVisible(cfg as never, ctx, id);
  if (cfg.update) {
    await cfg.update(entity as E, input, ctx);
  } else {
    const meta = ctx.em.getMetadata().get<E>(cfg.entity.name);
    ctx.em.assign(entity as E, toEntityData(meta, input) as never);
  }
  await cfg.validate?.(entity as E, ctx);
  await ctx.em.flush();
  await assertInScope(cfg as never, ctx, entity as E);
  return entity as E;
}

/** Deletes a record nobody refers to; a referenced one is refused with IN_USE (deactivate it instead). */
export async function deleteRecord<E extends AnyEntity>(
  cfg: ResourceConfig<E, object, object, ListFilter>,
  ctx: Context,
  id: string,
): Promise<E> {
  const entity = await findVisible(cfg, ctx, id);
  await cfg.beforeDelete?.(entity, ctx);
  ctx.em.remove(entity);
  try {
    await ctx.em.flush();
  } catch (err) {
    if (err instanceof ForeignKeyConstraintViolationException) {
      const m = (err as unknown as { detail?: string }).detail?.match(/from table "([^"]+)"/);
      throw inUse(cfg.label, m ? tableName(m[1]) : { zh: '其他记录', en: 'other records' });
    }
    throw err;
  }
  return entity;
}

/** `customers(filter, page, perPage, sortField, sortOrder): CustomerPage` and `customer(id)`. */
export function readResolver<E extends AnyEntity, F extends ListFilter>(cfg: ReadConfig<E, F>) {
  registerResource(cfg.entity.name, cfg.permission);
  const sortEnum = Object.fromEntries(cfg.sortFields.map((f) => [f, f]));
  registerEnumType(sortEnum, { name: `${cfg.name}SortField` });

  @ObjectType(`${cfg.name}Page`, { description: `${cfg.label.zh}列表 A page of ${cfg.plural}` })
  class PageType {
    @Field(() => [cfg.entity])
    items!: E[];

    @Field(() => Int, { description: 'Rows matching the filter, over all pages' })
    total!: number;
  }

  const read = `${cfg.permission}:read`;

  @Resolver()
  abstract class ReadResolver {
    @Authorized(read)
    @Query(() => PageType, { name: lcFirst(cfg.plural), description: `${cfg.label.zh} — list ${cfg.plural}` })
    list(
      @Args(() => PageArgs) page: PageArgs,
      @Arg('sortField', () => sortEnum, { nullable: true }) sortField: string | undefined,
      @Arg('filter', () => cfg.filterInput, { nullable: true }) filter: F | undefined,
      @Ctx() ctx: Context,
    ): Promise<Page<E>> {
      return listRecords(cfg, ctx, filter, page, sortField);
    }

    @Authorized(read)
    @Query(() => cfg.entity, { name: lcFirst(cfg.name), description: `${cfg.label.zh} — one ${cfg.name} by id` })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<E> {
      return findVisible(cfg as ReadConfig<E, ListFilter>, ctx, id);
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
  const write = `${cfg.permission}:write`;
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
