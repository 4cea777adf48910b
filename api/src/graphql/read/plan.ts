import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty, type MetadataStorage } from '@mikro-orm/core';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { mayRead } from '../../common/access/policy';
import type { Actor } from '../../modules/auth/actor';
import { clampLimit, prefetchKey, relationOf, type RelationSpec } from '../relations';

/** A scalar the compiled query puts on a row: the JSON key the resolvers read, and its column. */
export interface Output {
  key: string;
  column: string;
  timestamp: boolean;
}

/** What to read of one entity for one selection: its columns and the relations below it. */
export interface Node {
  meta: EntityMetadata;
  /** Keys of the row's JSON: what the selection reads. */
  outputs: Output[];
  /** Columns the relations below correlate on (a page's inner query must select them; they need not be in the JSON). */
  joins: Output[];
  relations: RelationNode[];
  /** Rows take the entity's prototype, so its getters work and type-graphql sees an instance. */
  prototype: object;
}

export interface RelationNode {
  key: string;
  spec: RelationSpec;
  node: Node;
  limit?: number;
}

const NEEDS = new Map<string, Record<string, readonly string[]>>();

/**
 * Fields computed by a resolver from a row declare the properties they read, so the compiled
 * query selects exactly those columns (`overdue` reads `status` and `slaDueAt`).
 */
export function fieldNeeds(entity: EntityClass<unknown>, needs: Record<string, readonly string[]>): void {
  const name = (entity as { name: string }).name;
  NEEDS.set(name, { ...(NEEDS.get(name) ?? {}), ...needs });
}

const isTimestamp = (p: EntityProperty) => p.runtimeType === 'Date' || /^timestamp/.test(p.columnTypes?.[0] ?? '');
const isStored = (p: EntityProperty) => p.persist !== false && !p.formula;

/** The column behind a field name: a scalar property, or `xId` for a many-to-one `x`. */
function outputFor(meta: EntityMetadata, field: string): Output | undefined {
  const prop = meta.properties[field as never] as EntityProperty | undefined;
  if (prop && prop.kind === ReferenceKind.SCALAR && isStored(prop) && !prop.lazy) {
    return { key: field, column: prop.fieldNames[0], timestamp: isTimestamp(prop) };
  }
  if (field.endsWith('Id')) {
    const ref = meta.properties[field.slice(0, -2) as never] as EntityProperty | undefined;
    if (ref && (ref.kind === ReferenceKind.MANY_TO_ONE || (ref.kind === ReferenceKind.ONE_TO_ONE && ref.owner))) {
      return { key: field, column: ref.fieldNames[0], timestamp: false };
    }
  }
  return undefined;
}

function allOutputs(meta: EntityMetadata): Output[] {
  const out: Output[] = [];
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    if (prop.kind === ReferenceKind.SCALAR && isStored(prop) && !prop.lazy) {
      out.push({ key: prop.name, column: prop.fieldNames[0], timestamp: isTimestamp(prop) });
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      out.push({ key: `${prop.name}Id`, column: prop.fieldNames[0], timestamp: false });
    }
  }
  return out;
}

export interface PlanContext {
  metadata: MetadataStorage;
  actor?: Actor;
}

/**
 * The read plan for a selection on an entity type: columns for scalars, declared needs for
 * computed fields, a nested node per relation (skipped when the caller may not read the target:
 * its resolver then answers FORBIDDEN for that field alone).
 */
export function planNode(pc: PlanContext, entity: EntityClass<unknown> | string, fields: Record<string, ResolveTree>): Node {
  const meta = pc.metadata.get(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const outputs = new Map<string, Output>();
  const joins = new Map<string, Output>();
  const add = (o: Output) => outputs.set(o.key, o);
  add(outputFor(meta, 'id')!);
  const relations: RelationNode[] = [];
  let unknown = false;
  const needs = NEEDS.get(meta.className) ?? {};

  for (const tree of Object.values(fields)) {
    const field = tree.name;
    if (field.startsWith('__')) continue;
    const spec = relationOf(meta.className, field);
    if (spec) {
      const join = spec.kind === 'ref' ? outputFor(meta, `${spec.fk}Id`) : spec.kind === 'refs' ? outputFor(meta, spec.ids) : undefined;
      if (join) joins.set(join.key, join);
      const target = spec.target();
      if (!mayRead(pc.actor, target)) continue;
      const typeName = (target as { name: string }).name;
      const sub = tree.fieldsByTypeName[typeName] ?? {};
      relations.push({
        key: prefetchKey(tree.alias),
        spec,
        node: planNode(pc, target, sub),
        limit: spec.kind === 'children' && spec.limit ? clampLimit(spec, tree.args.limit as number | undefined) : undefined,
      });
      continue;
    }
    const direct = outputFor(meta, field);
    if (direct) {
      add(direct);
      continue;
    }
    const deps = needs[field];
    if (deps) {
      for (const dep of deps) {
        const o = outputFor(meta, dep);
        if (!o) throw new Error(`${meta.className}.${field} needs ${dep}, which is not a column`);
        add(o);
      }
      continue;
    }
    unknown = true;
  }
  if (unknown) for (const o of allOutputs(meta)) add(o);
  return { meta, outputs: [...outputs.values()], joins: [...joins.values()], relations, prototype: (meta.class as { prototype: object }).prototype };
}

/** A property's column and whether it is a timestamp (for sorting and cursors). */
export function columnOf(meta: EntityMetadata, field: string): Output {
  const o = outputFor(meta, field);
  if (!o) throw new Error(`${meta.className}.${field} is not a column`);
  return o;
}
