import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty, type MetadataStorage } from '@mikro-orm/core';
import type { Bilingual } from '../../common/i18n';
import { catalogue as labelCatalogue } from '../../common/labels/catalogue';
import type { Fragment } from './sql';

/**
 * The field catalogue of ad-hoc queries: each record type registers the fields and relations an
 * analyst may use (`defineQueryType`); columns, types and joins come from the ORM metadata, names
 * from the label catalogue, who may read what from the type's access policy. Every registered
 * type is a query root. Nothing a client sends names a table or a column: a path such as
 * `customer.region.name` is looked up here, and only what the lookup returns is written as SQL.
 */

export type FieldType = 'text' | 'integer' | 'number' | 'money' | 'date' | 'datetime' | 'boolean' | 'enum' | 'ref';

/** What a computed field may read: the row's columns, and the moment the query runs. */
export interface ComputeContext {
  col(property: string): Fragment;
  /** The query's "now", as a parameter. */
  now: Fragment;
  /** Today in the business time zone ('YYYY-MM-DD'), as a parameter. */
  today: Fragment;
}

export interface FieldSpec {
  /** Derived from the ORM metadata when omitted (enums need `enumOf`). */
  type?: FieldType;
  /** The stored property behind the field (default: the field's own name). */
  property?: string;
  /** A value computed from the row (SQL written here, in the catalogue). */
  compute?: (c: ComputeContext) => Fragment;
  /** The properties a computed value reads: a redaction of any of them applies to it. */
  reads?: readonly string[];
  /** The label catalogue's enum and the TypeScript enum (GraphQL names → stored values). */
  enumName?: string;
  enumObject?: Readonly<Record<string, string>>;
  /** Overrides the label catalogue's name for the field. */
  label?: Bilingual;
  /**
   * A to-many link, for filters only: the record has one of the given ids among its links
   * (`technicians`: an order's technician rows). `where` narrows the links (used parts only).
   */
  link?: { entity: () => EntityClass<unknown>; parent: string; child: string; where?: (alias: string) => Fragment };
  /** The entity a `ref` field or a link points at (a relation's foreign key finds it by itself). */
  target?: () => EntityClass<unknown>;
}

export const enumOf = (enumObject: Readonly<Record<string, string>>, enumName: string, extra: FieldSpec = {}): FieldSpec => ({
  ...extra,
  type: 'enum',
  enumObject,
  enumName,
});

export const computed = (type: FieldType, compute: FieldSpec['compute'], opts: Omit<FieldSpec, 'type' | 'compute'>): FieldSpec => ({
  ...opts,
  type,
  compute,
});

export interface QueryTypeDefinition {
  /** The root's name: the type's list query (`serviceOrders`), also its GraphQL enum value. */
  root: string;
  fields: Record<string, FieldSpec>;
  /** Many-to-one properties a path may follow (`customer`, `station` …). */
  relations?: readonly string[];
  /** The columns of a query that names none, and of a list's export. */
  defaultColumns: readonly string[];
  /** The records are visible when this relation's record is (order parts: through their order). */
  scopeThrough?: string;
  /** The field that names a record (a station's `name`), for queries shown in words. */
  title?: string;
}

interface Registration {
  entity: EntityClass<unknown>;
  className: string;
  definition: QueryTypeDefinition;
}

const REGISTRY = new Map<string, Registration>();

/** Registers a record type's queryable fields; the type becomes a query root. */
export function defineQueryType(entity: EntityClass<unknown>, definition: QueryTypeDefinition): void {
  const className = (entity as { name: string }).name;
  if (REGISTRY.has(className)) throw new Error(`Query type ${className} is defined twice`);
  if ([...REGISTRY.values()].some((r) => r.definition.root === definition.root)) throw new Error(`Query root ${definition.root} is defined twice`);
  REGISTRY.set(className, { entity, className, definition });
}

/** Every root name, in registration order (the GraphQL enum QueryRoot). */
export function queryRootNames(): string[] {
  return [...REGISTRY.values()].map((r) => r.definition.root);
}

export function registeredClassNames(): string[] {
  return [...REGISTRY.keys()];
}

// ——— resolved against the ORM metadata ———

export interface ResolvedField {
  key: string;
  type: FieldType;
  label: Bilingual;
  /** The stored column (absent for computed fields and links). */
  column?: string;
  compute?: FieldSpec['compute'];
  /** Properties whose redaction applies to this field. */
  reads: readonly string[];
  enumName?: string;
  /** GraphQL name → stored value, and back. */
  enumValues?: ReadonlyMap<string, string>;
  enumNames?: ReadonlyMap<string, string>;
  /** The class a ref field points at. */
  target?: string;
  link?: FieldSpec['link'] & { table: string; parentColumn: string; childColumn: string };
  nullable: boolean;
}

export interface ResolvedRelation {
  key: string;
  label: Bilingual;
  fkColumn: string;
  target: string;
  nullable: boolean;
}

export interface QueryType {
  className: string;
  entity: EntityClass<unknown>;
  root: string;
  table: string;
  label: { name: Bilingual; plural: Bilingual };
  fields: ReadonlyMap<string, ResolvedField>;
  relations: ReadonlyMap<string, ResolvedRelation>;
  defaultColumns: readonly string[];
  scopeThrough?: string;
  title?: string;
}

function findLabel(type: string, keys: string[]): Bilingual | undefined {
  const types = labelCatalogue().types;
  for (const key of keys) {
    const own = types[type]?.fields[key];
    if (own) return own;
  }
  for (const key of keys) {
    const common = types.Common?.fields[key];
    if (common) return common;
  }
  return undefined;
}

const humanise = (key: string): Bilingual => {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return { zh: key, en: words };
};

function typeFromColumn(prop: EntityProperty): FieldType {
  const column = (prop.columnTypes?.[0] ?? '').toLowerCase();
  if (prop.enum) return 'enum';
  if (column.startsWith('timestamp')) return 'datetime';
  if (column === 'date') return 'date';
  if (column.startsWith('numeric') || column.startsWith('decimal')) return 'money';
  if (column === 'smallint' || column === 'int' || column === 'integer' || column === 'bigint' || column.startsWith('int')) return 'integer';
  if (column.startsWith('double') || column === 'real' || column.startsWith('float')) return 'number';
  if (column === 'boolean' || column === 'bool') return 'boolean';
  if (column === 'uuid') return 'ref';
  return 'text';
}

function enumMaps(enumObject: Readonly<Record<string, string>>) {
  const values = new Map<string, string>();
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(enumObject)) {
    values.set(name, value);
    names.set(value, name);
  }
  return { values, names };
}

function resolveType(metadata: MetadataStorage, reg: Registration): QueryType {
  const meta: EntityMetadata = metadata.get(reg.className);
  const def = reg.definition;
  const fields = new Map<string, ResolvedField>();
  const propOf = (name: string): EntityProperty => {
    const prop = meta.properties[name as never] as EntityProperty | undefined;
    if (!prop) throw new Error(`Query type ${reg.className}: no property ${name}`);
    return prop;
  };
  const label = (key: string, spec?: FieldSpec) => spec?.label ?? findLabel(reg.className, [key, `${key}Id`]) ?? humanise(key);

  // The record's own id: a ref to itself.
  fields.set('id', { key: 'id', type: 'ref', label: findLabel(reg.className, ['id']) ?? { zh: 'ID', en: 'ID' }, column: 'id', reads: [], target: reg.className, nullable: false });

  for (const [key, spec] of Object.entries(def.fields)) {
    if (spec.link) {
      const linkMeta = metadata.get((spec.link.entity() as { name: string }).name);
      const parent = linkMeta.properties[spec.link.parent as never] as EntityProperty;
      const child = linkMeta.properties[spec.link.child as never] as EntityProperty;
      fields.set(key, {
        key,
        type: 'ref',
        label: label(key, spec),
        reads: [],
        target: child.type,
        link: { ...spec.link, table: linkMeta.tableName, parentColumn: parent.fieldNames[0], childColumn: child.fieldNames[0] },
        nullable: true,
      });
      continue;
    }
    if (spec.compute) {
      if (!spec.type) throw new Error(`Query type ${reg.className}.${key}: a computed field needs a type`);
      const maps = spec.enumObject ? enumMaps(spec.enumObject) : undefined;
      fields.set(key, {
        key,
        type: spec.type,
        label: label(key, spec),
        compute: spec.compute,
        reads: spec.reads ?? [],
        enumName: spec.enumName,
        enumValues: maps?.values,
        enumNames: maps?.names,
        nullable: true,
      });
      continue;
    }
    const property = spec.property ?? key;
    const prop = propOf(property);
    if (prop.kind !== ReferenceKind.SCALAR) throw new Error(`Query type ${reg.className}.${key}: ${property} is not a column (relations go in relations)`);
    const type = spec.type ?? typeFromColumn(prop);
    if (type === 'enum' && !spec.enumObject) throw new Error(`Query type ${reg.className}.${key}: an enum needs enumOf(…)`);
    const maps = spec.enumObject ? enumMaps(spec.enumObject) : undefined;
    fields.set(key, {
      key,
      type,
      label: label(key, spec),
      column: prop.fieldNames[0],
      reads: [property],
      enumName: spec.enumName,
      enumValues: maps?.values,
      enumNames: maps?.names,
      target: spec.target ? (spec.target() as { name: string }).name : undefined,
      nullable: !!prop.nullable,
    });
  }

  const relations = new Map<string, ResolvedRelation>();
  for (const key of def.relations ?? []) {
    const prop = propOf(key);
    if (prop.kind !== ReferenceKind.MANY_TO_ONE && !(prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      throw new Error(`Query type ${reg.className}.${key} is not a many-to-one relation`);
    }
    relations.set(key, { key, label: findLabel(reg.className, [`${key}Id`, key]) ?? humanise(key), fkColumn: prop.fieldNames[0], target: prop.type, nullable: !!prop.nullable });
  }
  const names = labelCatalogue().types[reg.className];
  return {
    className: reg.className,
    entity: reg.entity,
    root: def.root,
    table: meta.tableName,
    label: { name: names?.name ?? humanise(reg.className), plural: names?.plural ?? names?.name ?? humanise(def.root) },
    fields,
    relations,
    defaultColumns: def.defaultColumns,
    scopeThrough: def.scopeThrough,
    title: def.title,
  };
}

/** The catalogue resolved against one ORM's metadata (cached: the metadata does not change). */
export class FieldCatalogue {
  private readonly types = new Map<string, QueryType>();
  private readonly byRoot = new Map<string, QueryType>();

  constructor(metadata: MetadataStorage) {
    for (const reg of REGISTRY.values()) {
      const type = resolveType(metadata, reg);
      this.types.set(type.className, type);
      this.byRoot.set(type.root, type);
    }
    for (const type of this.types.values()) {
      for (const rel of type.relations.values()) {
        if (!this.types.has(rel.target)) throw new Error(`Query type ${type.className}.${rel.key} points at ${rel.target}, which has no query type`);
      }
      if (type.scopeThrough && !type.relations.has(type.scopeThrough)) throw new Error(`Query type ${type.className}: scopeThrough ${type.scopeThrough} is not a relation`);
      for (const c of type.defaultColumns) this.path(type, c);
    }
  }

  root(name: string): QueryType | undefined {
    return this.byRoot.get(name);
  }

  type(className: string): QueryType | undefined {
    return this.types.get(className);
  }

  roots(): QueryType[] {
    return [...this.byRoot.values()];
  }

  /**
   * A dotted path from a root: the relations it follows and the field it ends on. A path that
   * ends on a relation is that relation's foreign key (a ref). Undefined when any part is unknown.
   */
  path(root: QueryType, path: string): ResolvedPath | undefined {
    const parts = path.split('.');
    if (parts.length > MAX_PATH_PARTS || parts.some((p) => !/^[A-Za-z][A-Za-z0-9]*$/.test(p))) return undefined;
    let type = root;
    const hops: Hop[] = [];
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      const field = type.fields.get(part);
      if (last && field) return { path, hops, field, owner: type };
      const rel = type.relations.get(part);
      if (!rel) return undefined;
      if (last) {
        const asRef: ResolvedField = { key: part, type: 'ref', label: rel.label, column: rel.fkColumn, reads: [], target: rel.target, nullable: rel.nullable };
        return { path, hops, field: asRef, owner: type };
      }
      const next = this.types.get(rel.target)!;
      hops.push({ relation: rel, from: type, to: next });
      type = next;
    }
    return undefined;
  }
}

/** `productUnit.product.brand.name`: three relations and a field. */
export const MAX_PATH_PARTS = 4;

export interface Hop {
  relation: ResolvedRelation;
  from: QueryType;
  to: QueryType;
}

export interface ResolvedPath {
  path: string;
  hops: Hop[];
  field: ResolvedField;
  /** The type the field belongs to (the last hop's target, or the root). */
  owner: QueryType;
}

const CATALOGUES = new WeakMap<MetadataStorage, FieldCatalogue>();

export function fieldCatalogue(metadata: MetadataStorage): FieldCatalogue {
  let c = CATALOGUES.get(metadata);
  if (!c) {
    c = new FieldCatalogue(metadata);
    CATALOGUES.set(metadata, c);
  }
  return c;
}

/** A path's name in one language: the relations' names, then the field's (`客户 · 区域 · 名称`). */
export function pathLabel(p: ResolvedPath): Bilingual {
  const parts = [...p.hops.map((h) => h.relation.label), p.field.label];
  return { zh: parts.map((l) => l.zh).join(' · '), en: parts.map((l) => l.en).join(' · ') };
}
