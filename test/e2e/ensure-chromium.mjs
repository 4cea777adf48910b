// The browser tests drive Debian's Chromium (playwright-core downloads no browser).
// Installs it with apt-get when it is missing; we run as root on these machines.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    console.error(`ensure-chromium: \`${cmd} ${args.join(' ')}\` failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

if (fs.existsSync(CHROMIUM)) process.exit(0);
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(`ensure-chromium: ${CHROMIUM} is missing; install Debian's chromium package (sudo apt-get install chromium)`);
  process.exit(1);
}
console.log('ensure-chromium: installing chromium with apt-get …');
run('apt-get', ['update', '-q']);
// A CJK font, so screenshots of failed browser tests are legible.
run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei']);
if (!fs.existsSync(CHROMIUM)) {
  console.error(`ensure-chromium: apt-get finished but ${CHROMIUM} is still missing`);
  process.exit(1);
}
