import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { LABELS_FILE, LIFECYCLES_FILE, printContract, printLabels, printLifecycles, SCHEMA_FILE } from '../../api/src/graphql/emit-schema';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the API contract', () => {
  it('schema/schema.graphql matches the schema the code builds (run `npm run schema` after changing the API)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printContract());
  });

  it('schema/labels.json and schema/lifecycles.json match the catalogue and the lifecycles in the code', () => {
    expect(fs.readFileSync(LABELS_FILE, 'utf8')).toBe(printLabels());
    expect(fs.readFileSync(LIFECYCLES_FILE, 'utf8')).toBe(printLifecycles());
  });

  it('the generated TypeScript types match schema/schema.graphql (codegen --check)', () => {
    const bin = path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
    const r = spawnSync(process.execPath, [bin, '--config', 'codegen.yml', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: r.status, output: r.status === 0 ? '' : r.stdout + r.stderr }).toEqual({ status: 0, output: '' });
  });
});
