import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ROOT_DIR } from '../config';
import { lifecycles } from '../common/lifecycle/lifecycle';
import { catalogue } from '../labels';
import { buildSchema } from './schema';

const SCHEMA_DIR = path.join(ROOT_DIR, 'schema');
export const SCHEMA_FILE = path.join(SCHEMA_DIR, 'schema.graphql');
export const LABELS_FILE = path.join(SCHEMA_DIR, 'labels.json');
export const LIFECYCLES_FILE = path.join(SCHEMA_DIR, 'lifecycles.json');

/** The contract partners read: sorted so that diffs show real changes only. */
export function printContract(): string {
  const header = '# Generated from the code by `npm run schema`. Do not edit: a test fails when it is stale.\n\n';
  return header + printSchema(lexicographicSortSchema(buildSchema())) + '\n';
}

/** The label catalogue (zh/en): records, fields, enum values and texts, for the panel and partners' own screens. */
export function printLabels(): string {
  buildSchema();
  return `${JSON.stringify(catalogue(), null, 2)}\n`;
}

/** Each document's lifecycle: its steps with from/to states, mutation and input type (the panel and tests use these). */
export function printLifecycles(): string {
  buildSchema();
  const out = Object.fromEntries(
    [...lifecycles()].map(([name, l]) => [name, { statusEnum: l.definition.statusEnum, actionEnum: l.definition.actionEnum, steps: l.describeSteps() }]),
  );
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (require.main === module) {
  fs.mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of [
    [SCHEMA_FILE, printContract()],
    [LABELS_FILE, printLabels()],
    [LIFECYCLES_FILE, printLifecycles()],
  ] as const) {
    fs.writeFileSync(file, text);
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  }
}
