// The cluster (npm run start:cluster, and its tests in npm test) runs Debian's haproxy and
// pgbouncer. Installs them with apt-get when missing, as test/e2e/ensure-chromium.mjs does for
// the browser: as root directly, otherwise through `sudo -n` when sudo is there; anything else
// fails with what to run by hand.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const PACKAGES = { haproxy: '/usr/sbin/haproxy', pgbouncer: '/usr/sbin/pgbouncer' };
const missing = Object.entries(PACKAGES).filter(([, file]) => !fs.existsSync(file)).map(([name]) => name);
if (missing.length === 0) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const hasSudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (!root && !hasSudo) {
  console.error(`ensure-packages: ${missing.join(', ')} missing and we are neither root nor allowed \`sudo -n\`: run \`sudo apt-get install ${missing.join(' ')}\``);
  process.exit(1);
}
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
function apt(args) {
  const [cmd, argv] = root ? ['apt-get', args] : ['sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]];
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env });
  return r.status === 0;
}
console.log(`ensure-packages: installing ${missing.join(', ')} with apt-get …`);
// A stale package list is the usual failure: install, and on failure update and try once more.
if (!apt(['install', '-y', '-q', '--no-install-recommends', ...missing])) {
  if (!apt(['update', '-q']) || !apt(['install', '-y', '-q', '--no-install-recommends', ...missing])) {
    console.error(`ensure-packages: \`apt-get install ${missing.join(' ')}\` failed`);
    process.exit(1);
  }
}
// Debian's packages come with a service each; the cluster runs its own instances, on its own ports.
const still = Object.entries(PACKAGES).filter(([, file]) => !fs.existsSync(file)).map(([name]) => name);
if (still.length) {
  console.error(`ensure-packages: apt-get finished but ${still.join(', ')} still missing`);
  process.exit(1);
}
