import type { Lang } from '../../common/i18n';
import { mayRead, redactionsOf } from '../../common/access/policy';
import { forbidden, badInput } from '../../common/errors';
import type { ServiceContext } from '../../common/service-context';
import { fieldCatalogue, MAX_PATH_PARTS, type QueryType, type ResolvedField } from './catalogue';
import type { OutputColumn } from './compile';
import { aggregatesFor, LINK_OPERATORS, OPERATORS_BY_TYPE } from './definition';
import { runQuery } from './run';
import type { QueryColumn, QueryField, QueryResult, QueryRootInfo } from './query.types';

/** The roots the caller may query (each needs its records' read permission). */
export function queryRoots(sc: ServiceContext): QueryRootInfo[] {
  const catalogue = fieldCatalogue(sc.em.getMetadata());
  return catalogue
    .roots()
    .filter((t) => mayRead(sc.actor, t.entity) && (!t.scopeThrough || mayRead(sc.actor, catalogue.type(t.relations.get(t.scopeThrough)!.target)!.entity)))
    .map((t) => ({ root: t.root, type: t.className, label: t.label.plural[sc.lang], title: t.title ?? null, defaultColumns: [...t.defaultColumns], fields: [] }));
}

/**
 * The fields of a root as the caller may use them, following relations up to three away. A type
 * already on the way (a station's parent station) shows its fields but is not followed further.
 */
export function queryCatalogue(sc: ServiceContext, rootName: string): QueryRootInfo {
  const catalogue = fieldCatalogue(sc.em.getMetadata());
  const root = catalogue.root(rootName);
  if (!root) throw badInput([{ field: 'root', message: { zh: `root：没有这种记录「${rootName}」`, en: `root: no such records "${rootName}"` } }]);
  if (!queryRoots(sc).some((r) => r.root === rootName)) throw forbidden(`${rootName}`);
  const lang: Lang = sc.lang;
  const fields: QueryField[] = [];
  const describeField = (type: QueryType, f: ResolvedField, path: string, label: string): QueryField => {
    const redacted = !!redactionsOf(type.entity, sc.actor) && f.reads.some((r) => r in (redactionsOf(type.entity, sc.actor) ?? {}));
    const target = f.target ? catalogue.type(f.target)?.root : undefined;
    return {
      path,
      label,
      type: f.type,
      enumName: f.enumName ?? null,
      target: target ?? null,
      operators: redacted ? [] : [...(f.link ? LINK_OPERATORS : OPERATORS_BY_TYPE[f.type])],
      aggregates: redacted || f.link ? [] : aggregatesFor(f.type),
      groupable: !redacted && !f.link,
      sortable: !redacted && !f.link,
      column: !f.link,
      masked: redacted,
    };
  };
  const walk = (type: QueryType, prefix: string, labels: string[], seen: string[], depth: number) => {
    const name = (l: string) => [...labels, l].join(' · ');
    for (const f of type.fields.values()) {
      if (f.link && f.target && !mayRead(sc.actor, f.target)) continue;
      fields.push(describeField(type, f, `${prefix}${f.key}`, name(f.label[lang])));
    }
    for (const rel of type.relations.values()) {
      const target = catalogue.type(rel.target)!;
      const path = `${prefix}${rel.key}`;
      fields.push(
        describeField(type, { key: rel.key, type: 'ref', label: rel.label, column: rel.fkColumn, reads: [], target: rel.target, nullable: rel.nullable }, path, name(rel.label[lang])),
      );
      if (depth + 1 >= MAX_PATH_PARTS || !mayRead(sc.actor, target.entity)) continue;
      const again = seen.includes(target.className);
      if (again) {
        for (const f of target.fields.values()) {
          if (!f.link) fields.push(describeField(target, f, `${path}.${f.key}`, [...labels, rel.label[lang], f.label[lang]].join(' · ')));
        }
        continue;
      }
      walk(target, `${path}.`, [...labels, rel.label[lang]], [...seen, target.className], depth + 1);
    }
  };
  walk(root, '', [], [root.className], 0);
  return { root: root.root, type: root.className, label: root.label.plural[lang], title: root.title ?? null, defaultColumns: [...root.defaultColumns], fields };
}

export function columnsFor(outputs: OutputColumn[], lang: Lang): QueryColumn[] {
  return outputs.map((o) => ({
    key: o.key,
    label: o.label[lang],
    type: o.type,
    enumName: o.enumName ?? null,
    bucket: o.bucket ?? null,
    aggregate: o.fn ?? null,
    path: o.path ?? null,
    masked: !!o.redaction,
  }));
}

export async function queryResult(sc: ServiceContext, definition: unknown, page: { page: number; perPage: number }): Promise<QueryResult> {
  const result = await runQuery(sc, definition, page);
  return {
    columns: columnsFor(result.columns, sc.lang),
    rows: result.rows.map((values) => ({ values })),
    total: result.total,
    totalExact: result.totalExact,
    description: result.description[sc.lang],
  };
}
