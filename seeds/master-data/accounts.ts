import { createHash } from 'node:crypto';
import { ApiKey, PartnerKind } from '../../api/src/modules/auth/api-key.entity';
import { hashPassword } from '../../api/src/modules/auth/auth.service';
import { User } from '../../api/src/modules/auth/user.entity';
import { DEMO_LOGINS, DEMO_PARTNER } from '../data/accounts';
import type { SeedContext } from '../seed-context';
import type { SeededCatalog } from './catalog';
import type { SeededNetwork } from './network';

/**
 * One user per role and the demo partner key. A username that already exists is left as it is
 * (a database from before this seed has its admin already).
 */
export async function seedAccounts(ctx: SeedContext, catalog: SeededCatalog, network: SeededNetwork): Promise<{ users: number; apiKeys: number }> {
  const existing = new Set(
    (await ctx.em.find(User, { username: { $in: DEMO_LOGINS.map((l) => l.username) } })).map((u) => u.username),
  );
  const logins = DEMO_LOGINS.filter((l) => !existing.has(l.username));
  // argon2 is deliberately slow: hash the passwords side by side.
  const hashes = await Promise.all(logins.map((l) => hashPassword(l.password)));
  const users = logins.map((l, i) => {
    const station = l.station ? network.stationByCode.get(l.station)!.id : null;
    return ctx.row({
      username: l.username,
      displayName: l.displayName,
      passwordHash: hashes[i],
      roles: [l.role],
      station,
      technician: l.technician ? network.technicians.find((t) => t.stationId === station)!.id : null,
      active: true,
      lastLoginAt: null,
    });
  });
  await ctx.insert(User, users);

  const admin = await ctx.em.findOneOrFail(User, { username: 'admin' });
  await ctx.insert(ApiKey, [
    ctx.row({
      name: DEMO_PARTNER.name,
      partnerKind: PartnerKind.MANUFACTURER,
      prefix: DEMO_PARTNER.prefix,
      // As generateApiKey() stores it: only the SHA-256 of the secret.
      secretHash: createHash('sha256').update(DEMO_PARTNER.secret).digest('hex'),
      scopes: DEMO_PARTNER.scopes,
      manufacturer: catalog.manufacturerId.get(DEMO_PARTNER.manufacturer)!,
      station: null,
      expiresAt: null,
      revokedAt: null,
      lastUsedAt: null,
      createdBy: admin.id,
    }),
  ]);
  return { users: users.length, apiKeys: 1 };
}
