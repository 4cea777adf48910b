import request from 'supertest';
import jwt from 'jsonwebtoken';
import type { App } from '../../api/src/app';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { codes, failuresOf, post, secondProcess, setFailures } from '../helpers/auth-helpers';
import { passwords, signToken } from '../../api/src/modules/auth/auth.service';
import { clientAddress } from '../../api/src/modules/auth/throttle';
import { TtlCache } from '../../api/src/modules/auth/authenticator';
import { Role } from '../../api/src/modules/auth/role';
import { User } from '../../api/src/modules/auth/user.entity';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const ME = `{ me { id label displayName roles } }`;
const CREATE_USER = `mutation($input: UserCreateInput!) { createUser(input: $input) { id } }`;

async function createUser(t: TestApp, username: string, password: string, roles = ['ANALYST']): Promise<string> {
  const res = await t.ok<{ createUser: { id: string } }>(CREATE_USER, { input: { username, displayName: `显示名 ${username}`, password, roles } }, t.admin);
  return res.createUser.id;
}

async function login(app: App, username: string, password: string, address?: string) {
  return post<{ login: { token: string } }>(app, LOGIN, { u: username, p: password }, { address });
}

describe('login cannot stall the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers /readyz within a second while 20 anonymous logins with unknown users are in flight', async () => {
    // Warm up both paths, so the measurement is about the pool, not about a first request.
    expect((await request(t.app.app).get('/readyz')).status).toBe(200);
    await login(t.app, 'nobody-warm', 'guess', '198.51.100.99');
    let pending = 20;
    const logins = Array.from({ length: 20 }, (_, i) =>
      login(t.app, `nobody-${i}`, 'guess', `198.51.100.${i + 1}`).finally(() => {
        pending -= 1;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    const ready = await request(t.app.app).get('/readyz');
    const took = Date.now() - started;
    const stillPending = pending;
    const results = await Promise.all(logins);

    expect(ready.status).toBe(200);
    expect(took).toBeLessThan(1000);
    // The condition only means something while logins were still running.
    expect(stillPending).toBeGreaterThan(0);
    expect(codes(results)).toEqual({ UNAUTHENTICATED: 20 });
  });
});

describe('login throttle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t, 'wave', 'right-password-1');
  });
  afterAll(() => t.close());

  it('counts exactly 10 guesses of two parallel waves of 8, then refuses even the right password', async () => {
    const wave = () => Promise.all(Array.from({ length: 8 }, () => login(t.app, 'wave', 'wrong-password', '203.0.113.7')));
    const results = [...(await wave()), ...(await wave())];
    expect(codes(results)).toEqual({ UNAUTHENTICATED: 10, TOO_MANY_ATTEMPTS: 6 });
    const right = await login(t.app, 'wave', 'right-password-1', '203.0.113.7');
    expect(right.errors?.[0]).toMatchObject({ message: '尝试次数过多，请 15 分钟后再试', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    // Only the 10 checked guesses reached the username's backstop: a locked-out address cannot push it up.
    expect(await failuresOf(t, 'login:wave')).toBe(10);
  });

  it('does not lock the same user out from another address', async () => {
    const elsewhere = await login(t.app, 'wave', 'right-password-1', '198.51.100.20');
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data?.login.token).toBeTruthy();
    // A success is not a failure: the backstop keeps only the 10 wrong guesses.
    expect(await failuresOf(t, 'login:wave')).toBe(10);
    expect(await failuresOf(t, 'login:wave@198.51.100.20')).toBeUndefined();
  });

  it('locks a username from everywhere after the backstop of 100 failures', async () => {
    await createUser(t, 'popular', 'right-password-2');
    await setFailures(t, 'login:popular', 100);
    const refused = await login(t.app, 'popular', 'right-password-2', '192.0.2.1');
    expect(refused.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    await setFailures(t, 'login:popular', 99);
    expect((await login(t.app, 'popular', 'right-password-2', '192.0.2.1')).errors).toBeUndefined();
  });

  it('limits one address to 100 failures over all usernames (password spraying)', async () => {
    await setFailures(t, 'login:@192.0.2.50', 100);
    const sprayed = await login(t.app, 'wave', 'right-password-1', '192.0.2.50');
    expect(sprayed.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(t.app, 'wave', 'right-password-1', '192.0.2.51')).errors).toBeUndefined();
  });

  it('refuses overlong or control-character usernames and passwords cleanly, before any work', async () => {
    for (const [u, p] of [
      ['a'.repeat(300), 'x'],
      ['admin\u0000', 'x'],
      ['admin', 'p'.repeat(300)],
    ]) {
      const res = await login(t.app, u, p, '192.0.2.99');
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await failuresOf(t, 'login:@192.0.2.99')).toBeUndefined();
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', async () => {
    const direct = await secondProcess(t, { TRUST_PROXY: 'false' });
    try {
      await createUser(t, 'direct', 'right-password-3');
      for (let i = 0; i < 10; i++) await login(direct, 'direct', 'wrong', `198.51.100.${100 + i}`);
      // Every request came from this host's own address: the forged header changed nothing.
      const res = await login(direct, 'direct', 'right-password-3', '198.51.100.200');
      expect(res.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await direct.close();
    }
  });

  it('tells clients apart by address: IPv4-mapped unwrapped, IPv6 per /64', () => {
    expect(clientAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddress(undefined)).toBe('unknown');
  });
});

describe('unknown users cost what known ones do', () => {
  let t: TestApp;
  let verify: jest.SpyInstance;
  let retiredId: string;
  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t, 'known', 'right-password-1');
    retiredId = await createUser(t, 'retired', 'right-password-2');
    verify = jest.spyOn(passwords, 'verify');
  });
  afterEach(() => verify.mockClear());
  afterAll(async () => {
    verify.mockRestore();
    await t.close();
  });

  it('verifies a wrong password for an unknown or deactivated user against a dummy argon2 hash with the real parameters', async () => {
    const known = await t.em().findOneOrFail(User, { username: 'known' }, { populate: ['passwordHash'] });
    const realHash = known.passwordHash;
    const params = (h: string) => h.split('$').slice(1, 4).join('$'); // argon2id$v=19$m=…,t=…,p=…

    expect((await login(t.app, 'known', 'wrong', '192.0.2.1')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0][0]).toBe(realHash);

    verify.mockClear();
    const unknown = await login(t.app, 'nobody-at-all', 'wrong', '192.0.2.1');
    expect(unknown.errors?.[0]).toMatchObject({ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } });
    expect(verify).toHaveBeenCalledTimes(1);
    const dummy = verify.mock.calls[0][0] as string;
    expect(dummy).toBe(await passwords.dummyHash());
    expect(dummy).not.toBe(realHash);
    expect(params(dummy)).toBe(params(realHash));
    expect(params(dummy)).toMatch(/^argon2id\$v=19\$m=\d+,t=\d+,p=\d+$/);

    verify.mockClear();
    await t.ok(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id: retiredId }, t.admin);
    const deactivated = await login(t.app, 'retired', 'right-password-2', '192.0.2.1');
    expect(deactivated.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0][0]).toBe(dummy);
  });
});

describe('tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const me = (app: App, token: string) => post<{ me: { id: string; label: string; displayName: string; roles: string[] } }>(app, ME, {}, { token });

  it('carry the user id and token version, are HS256 and always expire', async () => {
    const id = await createUser(t, 'signer', 'right-password-1');
    const { data } = await login(t.app, 'signer', 'right-password-1');
    const decoded = jwt.decode(data!.login.token, { complete: true })!;
    expect(decoded.header.alg).toBe('HS256');
    expect(decoded.payload).toMatchObject({ sub: id, ver: 0, exp: expect.any(Number) });
    expect((await me(t.app, data!.login.token)).data?.me).toMatchObject({ id, label: 'signer', displayName: '显示名 signer' });
  });

  it('refuses a token without exp, with another algorithm, or without a version', async () => {
    const { user } = t.admin;
    const secret = t.config.jwtSecret;
    const forever = jwt.sign({ sub: user.id, ver: 0 }, secret, { algorithm: 'HS256' });
    const hs512 = jwt.sign({ sub: user.id, ver: 0 }, secret, { algorithm: 'HS512', expiresIn: '1h' });
    const none = jwt.sign({ sub: user.id, ver: 0 }, '', { algorithm: 'none', expiresIn: '1h' } as jwt.SignOptions);
    const noVersion = jwt.sign({ sub: user.id }, secret, { algorithm: 'HS256', expiresIn: '1h' });
    const expired = jwt.sign({ sub: user.id, ver: 0, exp: Math.floor(Date.now() / 1000) - 10 }, secret, { algorithm: 'HS256' });
    for (const token of [forever, hs512, none, noVersion, expired]) {
      expect((await me(t.app, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    // The control: the same claims, signed as the API signs them, are accepted.
    expect((await me(t.app, signToken(user, t.config).token)).errors).toBeUndefined();
  });

  it('end when the user changes their password, at once on this process', async () => {
    await createUser(t, 'changer', 'old-password-1');
    const first = (await login(t.app, 'changer', 'old-password-1')).data!.login.token;
    const second = (await login(t.app, 'changer', 'old-password-1', '192.0.2.2')).data!.login.token;
    expect((await me(t.app, first)).errors).toBeUndefined(); // now in this process's cache
    const changed = await post(t.app, `mutation { changePassword(currentPassword: "old-password-1", newPassword: "new-password-1") }`, {}, { token: first });
    expect(changed.errors).toBeUndefined();
    expect((await me(t.app, first)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await me(t.app, second)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await login(t.app, 'changer', 'old-password-1')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const fresh = (await login(t.app, 'changer', 'new-password-1')).data!.login.token;
    expect((await me(t.app, fresh)).errors).toBeUndefined();
  });

  it('counts wrong current passwords like wrong logins', async () => {
    await createUser(t, 'stolen', 'their-password-1');
    const token = (await login(t.app, 'stolen', 'their-password-1', '192.0.2.3')).data!.login.token;
    const guess = (p: string) =>
      post(t.app, `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "mine-now-123") }`, { c: p }, { token, address: '192.0.2.3' });
    for (let i = 0; i < 10; i++) expect((await guess(`guess-${i}`)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await guess('their-password-1')).errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await me(t.app, token)).errors).toBeUndefined();
  });

  it('end when an administrator resets the password or deactivates the user (and stay ended after reactivation)', async () => {
    const id = await createUser(t, 'resetme', 'old-password-2');
    const token = (await login(t.app, 'resetme', 'old-password-2')).data!.login.token;
    expect((await me(t.app, token)).errors).toBeUndefined();
    await t.ok(`mutation($id: ID!) { updateUser(id: $id, input: { password: "reset-password-2" }) { id } }`, { id }, t.admin);
    expect((await me(t.app, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const after = (await login(t.app, 'resetme', 'reset-password-2')).data!.login.token;
    expect((await me(t.app, after)).errors).toBeUndefined();
    await t.ok(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id }, t.admin);
    expect((await me(t.app, after)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await t.ok(`mutation($id: ID!) { updateUser(id: $id, input: { active: true }) { id } }`, { id }, t.admin);
    expect((await me(t.app, after)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await login(t.app, 'resetme', 'reset-password-2')).errors).toBeUndefined();
  });

  it('a changed role applies at once on this process, without a new token', async () => {
    const id = await createUser(t, 'promoted', 'right-password-4');
    const token = (await login(t.app, 'promoted', 'right-password-4')).data!.login.token;
    expect((await me(t.app, token)).data?.me.roles).toEqual(['ANALYST']);
    await t.ok(`mutation($id: ID!) { updateUser(id: $id, input: { roles: [MANAGER] }) { id } }`, { id }, t.admin);
    expect((await me(t.app, token)).data?.me.roles).toEqual(['MANAGER']);
  });
});

describe('authentication without a database round trip per request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reads a signed-in user from the process cache after the first request', async () => {
    const caller = await t.userWith([Role.ANALYST]);
    await t.ok(ME, {}, caller);
    const { queries } = await t.countQueries(() => t.ok(ME, {}, caller));
    expect(queries).toEqual([]);
  });

  it('reads a partner key from the process cache after the first request', async () => {
    const issued = await t.ok<{ issueApiKey: { key: string } }>(
      `mutation { issueApiKey(input: { name: "零售商", partnerKind: RETAILER, scopes: ["product:read"] }) { key } }`,
      {},
      t.admin,
    );
    const partner = { apiKey: issued.issueApiKey.key };
    await t.ok(`{ products { total } }`, {}, partner);
    const { queries } = await t.countQueries(() => t.ok(`{ products { total } }`, {}, partner));
    expect(queries.filter((q) => /api_key/.test(q))).toEqual([]);
    expect(queries.length).toBeGreaterThan(0); // the counter is not blind: the list itself was read
  });

  it('drops a user changed in a transaction again when it commits (a read in between re-cached the old row)', async () => {
    const id = await createUser(t, 'racer', 'right-password-5');
    const token = (await login(t.app, 'racer', 'right-password-5')).data!.login.token;
    await t.orm.em.fork().transactional(async (em) => {
      const user = await em.findOneOrFail(User, id);
      user.tokenVersion += 1;
      await em.flush();
      // Not committed yet: another request still reads (and caches) the old version.
      expect((await post(t.app, ME, {}, { token })).errors).toBeUndefined();
    });
    expect((await post(t.app, ME, {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('another process sees a revocation when its cache entry expires (TTL 0: at once)', async () => {
    const cached = await secondProcess(t, { AUTH_CACHE_TTL_MS: '600000' });
    const uncached = await secondProcess(t, { AUTH_CACHE_TTL_MS: '0' });
    try {
      const id = await createUser(t, 'roaming', 'old-password-3');
      const token = (await login(t.app, 'roaming', 'old-password-3')).data!.login.token;
      expect((await post(cached, ME, {}, { token })).errors).toBeUndefined();
      expect((await post(uncached, ME, {}, { token })).errors).toBeUndefined();

      await t.ok(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id }, t.admin);
      expect((await post(uncached, ME, {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      // Within its TTL a process trusts what it read (AUTH_CACHE_TTL_MS, 5 s by default) …
      expect((await post(cached, ME, {}, { token })).errors).toBeUndefined();
      // … and when the entry goes, it asks the database again.
      cached.auth.invalidateAll();
      expect((await post(cached, ME, {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await cached.close();
      await uncached.close();
    }
  });

  it('a revoked partner key stops at once on this process and with TTL 0 on another', async () => {
    const uncached = await secondProcess(t, { AUTH_CACHE_TTL_MS: '0' });
    try {
      const issued = await t.ok<{ issueApiKey: { key: string; apiKey: { id: string } } }>(
        `mutation { issueApiKey(input: { name: "网络", partnerKind: RETAILER, scopes: ["product:read"] }) { key apiKey { id } } }`,
        {},
        t.admin,
      );
      const partner = { apiKey: issued.issueApiKey.key };
      expect((await post(t.app, `{ products { total } }`, {}, partner)).errors).toBeUndefined();
      expect((await post(uncached, `{ products { total } }`, {}, partner)).errors).toBeUndefined();
      await t.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: issued.issueApiKey.apiKey.id }, t.admin);
      expect((await post(t.app, `{ products { total } }`, {}, partner)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await post(uncached, `{ products { total } }`, {}, partner)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await uncached.close();
    }
  });
});

describe('the process cache', () => {
  it('keeps a value for its TTL, then loads it again', async () => {
    let now = 1_000;
    const load = jest.fn(async (id: string) => `${id}@${now}`);
    const cache = new TtlCache(5_000, load, 100, () => now);
    expect(await cache.get('u1')).toBe('u1@1000');
    now += 4_999;
    expect(await cache.get('u1')).toBe('u1@1000');
    now += 1;
    expect(await cache.get('u1')).toBe('u1@6000');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shares one load between concurrent misses, forgets failures and invalidated keys', async () => {
    let calls = 0;
    const cache = new TtlCache(5_000, async (id: string) => {
      calls += 1;
      if (id === 'bad' && calls < 3) throw new Error('database down');
      return id;
    });
    expect(await Promise.all([cache.get('a'), cache.get('a'), cache.get('a')])).toEqual(['a', 'a', 'a']);
    expect(calls).toBe(1);
    await expect(cache.get('bad')).rejects.toThrow('database down');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('bad')).toBe('bad'); // the failure was not kept
    cache.invalidate('a');
    await cache.get('a');
    expect(calls).toBe(4);
  });

  it('keeps nothing with TTL 0 and at most maxEntries otherwise', async () => {
    const load = jest.fn(async (id: number) => id);
    const uncached = new TtlCache(0, load);
    await uncached.get(1);
    await uncached.get(1);
    expect(load).toHaveBeenCalledTimes(2);
    const small = new TtlCache(5_000, async (id: number) => id, 3);
    for (let i = 0; i < 10; i++) await small.get(i);
    expect(small.size).toBe(3);
  });
});
