// Compiles the API and the seeds to JavaScript in .build/ unless it already matches the sources
// (a hash is kept there): `npm start` runs the compiled code, without a TypeScript compiler loaded
// into the server (about 80 MB less memory and a faster start). Tests and `npm run dev` run the
// TypeScript directly.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.build');
const sources = ['api/src', 'seeds'];
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));

function files(p) {
  if (!fs.existsSync(p)) return [];
  if (fs.statSync(p).isFile()) return p.endsWith('.ts') ? [p] : [];
  return fs.readdirSync(p).sort().flatMap((f) => files(path.join(p, f)));
}

const all = sources.flatMap((s) => files(path.join(root, s)));
const hash = createHash('sha256').update(JSON.stringify(swcrc)).update(fs.readFileSync(fileURLToPath(import.meta.url)));
for (const f of all) hash.update(path.relative(root, f)).update(fs.readFileSync(f));
const digest = hash.digest('hex');
const stamp = path.join(out, '.source-hash');
if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === digest) {
  console.log('api: build is up to date');
  process.exit(0);
}
console.log(`api: compiling ${all.length} files to .build/ …`);
const { transformFileSync } = createRequire(import.meta.url)('@swc/core');
fs.rmSync(out, { recursive: true, force: true });
for (const file of all) {
  const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const { code } = transformFileSync(file, { ...swcrc, swcrc: false, sourceMaps: false, filename: file });
  fs.writeFileSync(target, code);
}
fs.writeFileSync(stamp, digest);
