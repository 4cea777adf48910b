import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Field, OptionGroup, ValueEditorType } from 'react-querybuilder';
import { useTranslate } from 'react-admin';
import labels from '../../../schema/labels.json';
import type { CatalogueField, QueryRootInfo } from './analyticsApi';
import { useAnalytics } from './useAnalytics';

/** Record types small enough to offer as a pick list (stations, codes, parts …); others take an id. */
const PICKABLE = new Set(['serviceStations', 'technicians', 'codes', 'codeGroups', 'parts', 'brands', 'manufacturers', 'productCategories', 'regions', 'products', 'warehouses']);
const UNARY = new Set(['isEmpty', 'isNotEmpty']);
const PERIODS = ['today', 'yesterday', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter', 'thisYear', 'lastYear'];

export interface Option {
  [key: string]: unknown;
  name: string;
  value: string;
  label: string;
}

const option = (value: string, label: string): Option => ({ name: value, value, label });

/** The records a ref field may point at, by id and name (the first 500, by name). */
export function useRefOptions(roots: QueryRootInfo[], catalogue: QueryRootInfo | undefined): Map<string, Option[]> {
  const api = useAnalytics();
  const targets = useMemo(
    () => [...new Set((catalogue?.fields ?? []).filter((f) => f.type === 'ref' && f.target && PICKABLE.has(f.target) && f.operators.length).map((f) => f.target!))],
    [catalogue],
  );
  const results = useQueries({
    queries: targets.map((target) => ({
      queryKey: ['queryOptions', target],
      staleTime: 60_000,
      enabled: roots.some((r) => r.root === target),
      queryFn: async () => {
        const title = roots.find((r) => r.root === target)?.title;
        if (!title) return [] as Option[];
        const r = await api.runQuery({ root: target, columns: ['id', title], sort: [{ key: title, direction: 'ASC' }], limit: 500 }, 1, 500);
        return r.rows.map((row) => option(String(row.values[0]), String(row.values[1] ?? row.values[0])));
      },
    })),
  });
  return useMemo(() => new Map(targets.map((t, i) => [t, results[i]?.data ?? []])), [targets, results]);
}

/** react-querybuilder's fields from the catalogue: grouped by the first relation, operators and values by type. */
export function useBuilderFields(catalogue: QueryRootInfo | undefined, options: Map<string, Option[]>) {
  const translate = useTranslate();
  return useMemo(() => {
    const enumValues = (name: string): Option[] =>
      Object.keys((labels.enums as Record<string, Record<string, unknown>>)[name] ?? {}).map((v) => option(v, translate(`enums.${name}.${v}`)));
    const valuesOf = (f: CatalogueField): Option[] | undefined => {
      if (f.type === 'enum' && f.enumName) return enumValues(f.enumName);
      if (f.type === 'boolean') return [
        option('true', translate('ra.boolean.true')),
        option('false', translate('ra.boolean.false')),
      ];
      if (f.type === 'ref' && f.target && options.get(f.target)?.length) return options.get(f.target);
      return undefined;
    };
    const byPath = new Map<string, CatalogueField>();
    const groups = new Map<string, Field[]>();
    for (const f of catalogue?.fields ?? []) {
      if (!f.operators.length) continue;
      byPath.set(f.path, f);
      const values = valuesOf(f);
      const field: Field = {
        name: f.path,
        label: f.label,
        operators: f.operators.map((op) => ({ name: op, value: op, label: translate(`enums.QueryOperator.${op}`), ...(UNARY.has(op) ? { arity: 'unary' as const } : {}) })),
        ...(values ? { values } : {}),
      };
      const group = f.path.includes('.') ? f.label.split(' · ')[0] : (catalogue?.label ?? '');
      groups.set(group, [...(groups.get(group) ?? []), field]);
    }
    const fields: OptionGroup<Field>[] = [...groups.entries()].map(([label, options]) => ({ label, options }));
    const editorType = (path: string, operator: string): ValueEditorType => {
      const f = byPath.get(path);
      if (!f) return 'text';
      if (operator === 'inPeriod') return 'select';
      if (valuesOf(f)) return operator === 'in' || operator === 'notIn' ? 'multiselect' : 'select';
      return 'text';
    };
    const inputType = (path: string, operator: string): string => {
      const f = byPath.get(path);
      if (!f) return 'text';
      if (f.type === 'date' || f.type === 'datetime') return operator === 'inLast' ? 'number' : 'date';
      if (f.type === 'integer' || f.type === 'number' || f.type === 'money') return operator === 'in' || operator === 'notIn' ? 'text' : 'number';
      return 'text';
    };
    const values = (path: string, operator: string): Option[] => {
      if (operator === 'inPeriod') return PERIODS.map((p) => option(p, translate(`enums.RelativePeriod.${p}`)));
      const f = byPath.get(path);
      return (f && valuesOf(f)) ?? [];
    };
    /** A new rule's value: nothing chosen yet for a list, the first choice for a single pick, else empty. */
    const defaultValue = (rule: { field: string; operator: string }): unknown => {
      if (rule.operator === 'in' || rule.operator === 'notIn') return [];
      if (editorType(rule.field, rule.operator) === 'select') return values(rule.field, rule.operator)[0]?.value ?? '';
      return '';
    };
    return { fields, editorType, inputType, values, defaultValue, byPath };
  }, [catalogue, options, translate]);
}
