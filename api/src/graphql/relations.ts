import 'reflect-metadata';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityClass } from '@mikro-orm/core';
import { assertMayRead } from '../common/access/policy';
import type { Context } from './context';

export type OrderSpec = Readonly<Record<string, 'asc' | 'desc'>>;

interface FieldOptions {
  nullable?: boolean;
  description?: string;
  /** A list relation exposed as the targets' ids only (e.g. `technicianIds`). */
  idsOnly?: boolean;
}

/** A many-to-one: the parent's foreign key property `fk` points at the target. */
export interface RefRelation extends FieldOptions {
  kind: 'ref';
  target: () => EntityClass<object>;
  fk: string;
}

/** An array column `ids` on the parent holding the targets' ids, in order. */
export interface RefsRelation extends FieldOptions {
  kind: 'refs';
  target: () => EntityClass<object>;
  ids: string;
}

/** One-to-many: the target's many-to-one property `fk` points at the parent. */
export interface ChildrenRelation extends FieldOptions {
  kind: 'children';
  target: () => EntityClass<object>;
  fk: string;
  orderBy: OrderSpec;
  /** An optional `limit` argument on the field. */
  limit?: { default: number; max: number };
}

/** Many-to-many through a join entity: its `parent` property points at the parent, `child` at the target. */
export interface ThroughRelation extends FieldOptions {
  kind: 'through';
  join: () => EntityClass<object>;
  parent: string;
  child: string;
  target: () => EntityClass<object>;
  /** Order of the join rows. */
  orderBy: OrderSpec;
}

export type RelationSpec = RefRelation | RefsRelation | ChildrenRelation | ThroughRelation;

export const ref = (target: RefRelation['target'], fk: string, opts: FieldOptions = {}): RefRelation => ({ kind: 'ref', target, fk, ...opts });
export const refs = (target: RefsRelation['target'], ids: string, opts: FieldOptions = {}): RefsRelation => ({
  kind: 'refs',
  target,
  ids,
  ...opts,
});
export const children = (
  target: ChildrenRelation['target'],
  fk: string,
  orderBy: OrderSpec,
  opts: FieldOptions & { limit?: ChildrenRelation['limit'] } = {},
): ChildrenRelation => ({ kind: 'children', target, fk, orderBy, ...opts });
export const through = (
  join: ThroughRelation['join'],
  parent: string,
  child: string,
  target: ThroughRelation['target'],
  orderBy: OrderSpec,
  opts: FieldOptions = {},
): ThroughRelation => ({ kind: 'through', join, parent, child, target, orderBy, ...opts });

const RELATIONS = new Map<string, Record<string, RelationSpec>>();
const RESOLVER_CLASSES: ClassType[] = [];

/** Every relation resolver declared so far, for the schema build. */
export function relationResolvers(): ClassType[] {
  return [...RESOLVER_CLASSES];
}

/** Every declared relation, for the schema build to install their resolvers directly. */
export function relationFields(): Array<{ type: string; field: string; spec: RelationSpec }> {
  return [...RELATIONS].flatMap(([type, specs]) => Object.entries(specs).map(([field, spec]) => ({ type, field, spec })));
}

/**
 * The resolver of a relation field as installed in the schema, without type-graphql's per-call
 * wrapping (container, parameter decorators): it runs for every relation of every row.
 */
export function relationFieldResolver(spec: RelationSpec) {
  return (root: object, args: { limit?: number }, ctx: Context, info: GraphQLResolveInfo) => resolve(spec, root, args.limit, ctx, info);
}

/** The relation behind a GraphQL field, if it is one (the compiled read path joins it in SQL). */
export function relationOf(typeName: string, field: string): RelationSpec | undefined {
  return RELATIONS.get(typeName)?.[field];
}

/** Key under which the compiled read path leaves a relation's rows on its parent, per response name. */
export function prefetchKey(responseName: string): string {
  return `@${responseName}`;
}

/** The id a many-to-one property holds, on an entity (`customer.id`) or a compiled row (`customerId`). */
export function foreignKey(row: object, fk: string): string | null {
  const r = row as Record<string, unknown>;
  const id = r[`${fk}Id`];
  if (typeof id === 'string') return id;
  const value = r[fk] as { id?: string } | string | null | undefined;
  return (typeof value === 'object' ? value?.id : value) ?? null;
}

/** Synchronous when the compiled read path already fetched the rows: no promise per field and row. */
function resolve(spec: RelationSpec, root: object, limit: number | undefined, ctx: Context, info: GraphQLResolveInfo): unknown {
  assertMayRead(ctx.actor, spec.target());
  const key = prefetchKey(String(info.path.key));
  if (key in root) return idsIfAsked(spec, (root as Record<string, unknown>)[key]);
  return load(spec, root, limit, ctx).then((rows) => idsIfAsked(spec, rows));
}

function idsIfAsked(spec: RelationSpec, rows: unknown): unknown {
  return spec.idsOnly && Array.isArray(rows) ? rows.map((r: { id: string }) => r.id) : rows;
}

async function load(spec: RelationSpec, root: object, limit: number | undefined, ctx: Context): Promise<unknown> {
  const id = (root as { id: string }).id;
  switch (spec.kind) {
    case 'ref':
      return ctx.loaders.load(spec.target(), foreignKey(root, spec.fk));
    case 'refs':
      return ctx.loaders.loadMany(spec.target(), ((root as Record<string, unknown>)[spec.ids] as string[] | undefined) ?? []);
    case 'children': {
      const rows = await ctx.loaders.children(spec.target(), spec.fk, id, spec.orderBy);
      return spec.limit ? rows.slice(0, clampLimit(spec, limit)) : rows;
    }
    case 'through': {
      const links = await ctx.loaders.children(spec.join(), spec.parent, id, spec.orderBy);
      return ctx.loaders.loadMany(spec.target(), links.map((l) => foreignKey(l, spec.child)).filter((x): x is string => !!x));
    }
  }
}

export function clampLimit(spec: ChildrenRelation, limit: number | undefined): number {
  const l = spec.limit!;
  return Math.max(0, Math.min(limit ?? l.default, l.max));
}

/**
 * GraphQL fields for an entity's relations, declared once: each resolves from the compiled read
 * path when the list already fetched it, else through the per-request DataLoaders; both apply
 * the target's access policy (read permission and record scope).
 */
export function relationResolver<E extends object>(entity: ClassType<E>, specs: Record<string, RelationSpec>): ClassType {
  RELATIONS.set(entity.name, { ...(RELATIONS.get(entity.name) ?? {}), ...specs });

  @Resolver(() => entity)
  class Relations {}
  RESOLVER_CLASSES.push(Relations);

  const proto = Relations.prototype as unknown as Record<string, unknown>;
  for (const [field, spec] of Object.entries(specs)) {
    const list = spec.kind !== 'ref';
    const withLimit = spec.kind === 'children' && !!spec.limit;
    proto[field] = withLimit
      ? (root: object, ctx: Context, info: GraphQLResolveInfo, limit: number) => resolve(spec, root, limit, ctx, info)
      : (root: object, ctx: Context, info: GraphQLResolveInfo) => resolve(spec, root, undefined, ctx, info);
    Reflect.defineMetadata('design:paramtypes', withLimit ? [Object, Object, Object, Number] : [Object, Object, Object], proto, field);
    Reflect.defineMetadata('design:returntype', Promise, proto, field);
    Root()(proto, field, 0);
    Ctx()(proto, field, 1);
    Info()(proto, field, 2);
    if (withLimit) {
      const l = (spec as ChildrenRelation).limit!;
      Arg('limit', () => Int, { defaultValue: l.default, description: `At most ${l.max}` })(proto, field, 3);
    }
    const descriptor = Object.getOwnPropertyDescriptor(proto, field)!;
    FieldResolver(() => (spec.idsOnly ? [ID] : list ? [spec.target()] : spec.target()), {
      nullable: list ? false : (spec.nullable ?? false),
      description: spec.description,
    })(proto, field, descriptor);
  }
  return Relations;
}
