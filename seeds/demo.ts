import type { MikroORM } from '@mikro-orm/postgresql';
import { withoutAudit } from '../api/src/modules/audit/audit-context';
import { hashPassword } from '../api/src/modules/auth/auth.service';
import { Role } from '../api/src/modules/auth/role';
import { User } from '../api/src/modules/auth/user.entity';

export const DEMO_LOGINS = [{ username: 'admin', password: 'admin12345', role: Role.ADMIN }];

/** Seeds the demo data once; returns false when it was already there. */
export async function seedDemo(orm: MikroORM, opts: { log?: (line: string) => void } = {}): Promise<boolean> {
  const em = orm.em.fork();
  if (await em.count(User, { username: 'admin' })) return false;
  await withoutAudit(() =>
    em.transactional(async (tx) => {
      for (const login of DEMO_LOGINS) {
        tx.create(User, {
          username: login.username,
          displayName: login.username,
          roles: [login.role],
          passwordHash: await hashPassword(login.password),
        });
      }
    }),
  );
  opts.log?.('seeded users');
  return true;
}
