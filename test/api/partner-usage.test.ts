import { createTestApp, type TestApp } from '../helpers/test-app';
import { post, secondProcess } from '../helpers/auth-helpers';

const ISSUE = `mutation($name: String!) { issueApiKey(input: { name: $name, partnerKind: RETAILER, scopes: ["product:read"] }) { key apiKey { id } } }`;
const USAGE = `query($id: ID!) { apiKey(id: $id) { lastUsedAt usage { operation requests } } }`;

interface Usage {
  apiKey: { lastUsedAt: string | null; usage: { operation: string; requests: number }[] };
}

describe('partner usage is counted without a hot row', () => {
  let t: TestApp;
  let key: { apiKey: string };
  let keyId: string;
  const usage = async (id = keyId) => (await t.ok<Usage>(USAGE, { id }, t.admin)).apiKey;
  const requestsOf = async (operation: string, id = keyId) => (await usage(id)).usage.find((u) => u.operation === operation)?.requests;

  beforeAll(async () => {
    // A long interval: nothing is written unless a test flushes.
    t = await createTestApp({ USAGE_FLUSH_MS: '600000' });
    const issued = await t.ok<{ issueApiKey: { key: string; apiKey: { id: string } } }>(ISSUE, { name: '零售商甲' }, t.admin);
    key = { apiKey: issued.issueApiKey.key };
    keyId = issued.issueApiKey.apiKey.id;
  });
  afterAll(() => t.close());

  it('writes nothing while serving, and everything with one statement on flush', async () => {
    const { queries } = await t.countQueries(async () => {
      for (let i = 0; i < 3; i++) await t.ok(`query Catalogue { products { total } }`, {}, key);
      await t.ok(`{ products { total } }`, {}, key);
    });
    expect(queries.filter((q) => /api_key_usage|update "?api_key"?/.test(q))).toEqual([]);
    expect(await usage()).toEqual({ lastUsedAt: null, usage: [] });
    expect(t.app.usage.pending).toBe(4);

    const flushed = await t.countQueries(() => t.app.usage.flush());
    expect(flushed.queries).toHaveLength(1);
    expect(t.app.usage.pending).toBe(0);
    expect(await requestsOf('Catalogue')).toBe(3);
    expect(await requestsOf('anonymous')).toBe(1);
    expect((await usage()).lastUsedAt).toBeTruthy();
  });

  it('adds later flushes to the stored counts, and counts parallel requests exactly', async () => {
    await Promise.all(Array.from({ length: 40 }, () => t.ok(`query Catalogue { products { total } }`, {}, key)));
    await t.app.usage.flush();
    expect(await requestsOf('Catalogue')).toBe(43);
    await t.app.usage.flush(); // nothing new: no statement, no change
    expect(await requestsOf('Catalogue')).toBe(43);
  });

  it('keeps the counts of a failed write for the next flush', async () => {
    await t.ok(`query Retry { products { total } }`, {}, key);
    const connection = t.orm.em.getConnection();
    const failing = jest.spyOn(connection, 'execute').mockRejectedValueOnce(new Error('database away'));
    await expect(t.app.usage.flush()).rejects.toThrow('database away');
    failing.mockRestore();
    expect(t.app.usage.pending).toBe(1);
    await t.app.usage.flush();
    expect(await requestsOf('Retry')).toBe(1);
  });

  it('writes what a process counted when it closes', async () => {
    const other = await secondProcess(t, { USAGE_FLUSH_MS: '600000' });
    const issued = await t.ok<{ issueApiKey: { key: string; apiKey: { id: string } } }>(ISSUE, { name: '零售商乙' }, t.admin);
    for (let i = 0; i < 2; i++) {
      const res = await post(other, `query Elsewhere { products { total } }`, {}, { apiKey: issued.issueApiKey.key });
      expect(res.errors).toBeUndefined();
    }
    await other.close();
    expect(await requestsOf('Elsewhere', issued.issueApiKey.apiKey.id)).toBe(2);
  });
});
