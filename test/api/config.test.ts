import { DEFAULT_JWT_SECRET, loadConfig } from '../../api/src/config';

const LONG_SECRET = 'k'.repeat(32);

describe('configuration', () => {
  it('refuses to start in production with the default, or any JWT secret shorter than 32 bytes', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/default JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEFAULT_JWT_SECRET })).toThrow(/default JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'abc' })).toThrow(/shorter than 32 bytes/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(31) })).toThrow(/shorter than 32 bytes/);
    // Bytes, not characters: eleven 3-byte characters are 33 bytes.
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: '密'.repeat(11) }).jwtSecret).toBe('密'.repeat(11));
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: LONG_SECRET }).jwtSecret).toBe(LONG_SECRET);
    // Development and tests may keep a short one.
    expect(loadConfig({ NODE_ENV: 'development', JWT_SECRET: 'abc' }).jwtSecret).toBe('abc');
  });

  it('wants a token lifetime with a unit, so tokens always expire', () => {
    expect(loadConfig({}).jwtTtl).toBe('12h');
    expect(loadConfig({ JWT_TTL: '90m' }).jwtTtl).toBe('90m');
    for (const bad of ['0h', '3600', 'forever', '-1h', '12 h']) expect(() => loadConfig({ JWT_TTL: bad })).toThrow(/JWT_TTL/);
  });

  it('believes X-Forwarded-For only from loopback unless TRUST_PROXY says otherwise', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it('caches users and keys for 5 s and flushes partner usage every 5 s by default', () => {
    expect(loadConfig({})).toMatchObject({ authCacheTtlMs: 5000, usageFlushMs: 5000 });
    expect(loadConfig({ AUTH_CACHE_TTL_MS: '0', USAGE_FLUSH_MS: '1000' })).toMatchObject({ authCacheTtlMs: 0, usageFlushMs: 1000 });
    expect(() => loadConfig({ AUTH_CACHE_TTL_MS: '-1' })).toThrow(/AUTH_CACHE_TTL_MS/);
    expect(() => loadConfig({ USAGE_FLUSH_MS: 'soon' })).toThrow(/USAGE_FLUSH_MS/);
  });
});
