/** The Debian programs the cluster runs; `api/ensure-packages.mjs` installs them (npm run start:cluster and npm test call it). */
import fs from 'node:fs';

export const TOOLS = {
  haproxy: '/usr/sbin/haproxy',
  pgbouncer: '/usr/sbin/pgbouncer',
} as const;

export function tool(name: keyof typeof TOOLS): string {
  const file = TOOLS[name];
  if (!fs.existsSync(file)) {
    throw new Error(
      `${file} is missing: the cluster needs Debian's ${name} package. Run \`node api/ensure-packages.mjs\` ` +
        `(as root, or with sudo) or \`apt-get install haproxy pgbouncer\`.`,
    );
  }
  return file;
}
