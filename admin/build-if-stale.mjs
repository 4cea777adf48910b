// Builds the panel with Vite unless admin/dist already matches the sources (a hash is kept there).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const inputs = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json', '../schema/schema.graphql', '../package-lock.json'];

function files(p) {
  if (!fs.existsSync(p)) return [];
  if (fs.statSync(p).isFile()) return [p];
  return fs.readdirSync(p).sort().flatMap((f) => files(path.join(p, f)));
}

if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.log('admin: no panel sources yet, nothing to build');
  process.exit(0);
}
const hash = createHash('sha256');
for (const f of inputs.flatMap((i) => files(path.join(dir, i)))) {
  hash.update(path.relative(dir, f)).update(fs.readFileSync(f));
}
const digest = hash.digest('hex');
const stamp = path.join(dir, 'dist', '.source-hash');
if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === digest) {
  console.log('admin: build is up to date');
  process.exit(0);
}
console.log('admin: building the panel (vite build) …');
const r = spawnSync(process.execPath, [path.join(dir, '..', 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
  cwd: dir,
  stdio: 'inherit',
});
if (r.status !== 0) process.exit(r.status ?? 1);
fs.writeFileSync(stamp, digest);
