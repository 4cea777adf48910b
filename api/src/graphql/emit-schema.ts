import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ROOT_DIR } from '../config';
import { buildSchema } from './schema';

export const SCHEMA_FILE = path.join(ROOT_DIR, 'schema', 'schema.graphql');

/** The contract partners read: sorted so that diffs show real changes only. */
export function printContract(): string {
  const header = '# Generated from the code by `npm run schema`. Do not edit: a test fails when it is stale.\n\n';
  return header + printSchema(lexicographicSortSchema(buildSchema())) + '\n';
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, printContract());
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
