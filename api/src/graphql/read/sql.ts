import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityMetadata } from '@mikro-orm/core';
import { scopeCondition, type Fragment } from '../../common/access/scope-sql';
import type { Actor } from '../../modules/auth/actor';
import type { OrderSpec } from '../relations';
import { columnOf, type Node, type RelationNode } from './plan';

export interface SqlContext {
  em: EntityManager;
  actor?: Actor;
  /** Table aliases are numbered per statement. */
  next: number;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const col = (alias: string, column: string) => `${q(alias)}.${q(column)}`;

function alias(sc: SqlContext): string {
  sc.next += 1;
  return `_t${sc.next}`;
}

/** json_build_object takes at most 100 arguments: wider objects are merged from chunks. */
function jsonObject(pairs: Array<[string, Fragment]>): Fragment {
  const chunks: Fragment[] = [];
  for (let i = 0; i < pairs.length; i += 50) {
    const part = pairs.slice(i, i + 50);
    chunks.push({
      sql: `json_build_object(${part.map(([k, v]) => `'${k}', ${v.sql}`).join(', ')})`,
      bindings: part.flatMap(([, v]) => v.bindings),
    });
  }
  if (chunks.length === 1) return chunks[0];
  return { sql: `(${chunks.map((c) => `${c.sql}::jsonb`).join(' || ')})::json`, bindings: chunks.flatMap((c) => c.bindings) };
}

/** The JSON object for a row of `node` under `tableAlias`, relations included as subqueries. */
export function rowJson(sc: SqlContext, node: Node, tableAlias: string): Fragment {
  const pairs: Array<[string, Fragment]> = node.outputs.map((o) => [o.key, { sql: col(tableAlias, o.column), bindings: [] }]);
  for (const rel of node.relations) pairs.push([rel.key, relationSubquery(sc, rel, node.meta, tableAlias)]);
  return jsonObject(pairs);
}

function orderSql(meta: EntityMetadata, tableAlias: string, orderBy: OrderSpec): string {
  return Object.entries(orderBy)
    .map(([field, dir]) => `${col(tableAlias, columnOf(meta, field).column)} ${dir === 'desc' ? 'desc' : 'asc'}`)
    .join(', ');
}

function where(parts: Array<Fragment | undefined>): Fragment {
  const present = parts.filter((p): p is Fragment => !!p);
  return { sql: present.map((p) => p.sql).join(' and '), bindings: present.flatMap((p) => p.bindings) };
}

function fkColumn(meta: EntityMetadata, property: string): string {
  return columnOf(meta, `${property}Id`).column;
}

function relationSubquery(sc: SqlContext, rel: RelationNode, parentMeta: EntityMetadata, parentAlias: string): Fragment {
  const { spec, node } = rel;
  const t = alias(sc);
  const table = q(node.meta.tableName);
  const json = rowJson(sc, node, t);
  const scope = scopeCondition(sc.em, sc.actor, node.meta.className, t);
  switch (spec.kind) {
    case 'ref': {
      const w = where([{ sql: `${col(t, 'id')} = ${col(parentAlias, fkColumn(parentMeta, spec.fk))}`, bindings: [] }, scope]);
      return { sql: `(select ${json.sql} from ${table} ${q(t)} where ${w.sql})`, bindings: [...json.bindings, ...w.bindings] };
    }
    case 'refs': {
      const ids = col(parentAlias, columnOf(parentMeta, spec.ids).column);
      const w = where([{ sql: `${col(t, 'id')}::text = any(${ids})`, bindings: [] }, scope]);
      return {
        sql: `(select coalesce(json_agg(${json.sql} order by array_position(${ids}, ${col(t, 'id')}::text)), '[]'::json) from ${table} ${q(t)} where ${w.sql})`,
        bindings: [...json.bindings, ...w.bindings],
      };
    }
    case 'children': {
      const w = where([{ sql: `${col(t, fkColumn(node.meta, spec.fk))} = ${col(parentAlias, 'id')}`, bindings: [] }, scope]);
      const order = orderSql(node.meta, t, spec.orderBy);
      if (rel.limit === undefined) {
        return {
          sql: `(select coalesce(json_agg(${json.sql} order by ${order}), '[]'::json) from ${table} ${q(t)} where ${w.sql})`,
          bindings: [...json.bindings, ...w.bindings],
        };
      }
      // Limited children: order and cut in an inner query, keep the order while aggregating.
      const x = alias(sc);
      return {
        sql: `(select coalesce(json_agg(${q(x)}.j order by ${q(x)}.n), '[]'::json) from (select ${json.sql} as j, row_number() over (order by ${order}) as n from ${table} ${q(t)} where ${w.sql} order by ${order} limit ${Number(rel.limit)}) ${q(x)})`,
        bindings: [...json.bindings, ...w.bindings],
      };
    }
    case 'through': {
      const joinMeta = sc.em.getMetadata().get((spec.join() as { name: string }).name);
      const j = alias(sc);
      const w = where([{ sql: `${col(j, fkColumn(joinMeta, spec.parent))} = ${col(parentAlias, 'id')}`, bindings: [] }, scope]);
      return {
        sql: `(select coalesce(json_agg(${json.sql} order by ${orderSql(joinMeta, j, spec.orderBy)}), '[]'::json) from ${q(joinMeta.tableName)} ${q(j)} join ${table} ${q(t)} on ${col(t, 'id')} = ${col(j, fkColumn(joinMeta, spec.child))} where ${w.sql})`,
        bindings: [...json.bindings, ...w.bindings],
      };
    }
  }
}
