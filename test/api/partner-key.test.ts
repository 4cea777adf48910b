import { createHash } from 'node:crypto';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { ApiKey } from '../../api/src/modules/auth/api-key.entity';
import { AuditEntry } from '../../api/src/modules/audit/audit-entry.entity';
import { Role } from '../../api/src/modules/auth/role';

const ISSUE = `mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key apiKey { id prefix scopes active manufacturerId } } }`;
const PRODUCTS = `{ products(sortField: modelNumber) { total items { modelNumber manufacturerId } } }`;
const UNITS = `{ productUnits { total items { serialNumber } } }`;
const CREATE_UNIT = `mutation($input: ProductUnitCreateInput!) { createProductUnit(input: $input) { id serialNumber } }`;

describe('partner API keys', () => {
  let t: TestApp;
  let f: Fixtures;
  let mine: Awaited<ReturnType<Fixtures['product']>>;
  let theirs: Awaited<ReturnType<Fixtures['product']>>;
  let key: string;
  let keyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
    mine = await f.product({ modelNumber: 'MINE-1' });
    theirs = await f.product({ modelNumber: 'THEIRS-1' });
    await f.unit({ product: mine, serialNumber: 'M-1' });
    await f.unit({ product: theirs, serialNumber: 'T-1' });
    const issued = await t.ok<{ issueApiKey: { key: string; apiKey: { id: string; prefix: string; active: boolean } } }>(
      ISSUE,
      {
        input: {
          name: '厂家对接',
          partnerKind: 'MANUFACTURER',
          manufacturerId: mine.manufacturerId,
          scopes: ['product:read', 'productUnit:read', 'productUnit:create'],
        },
      },
      t.admin,
    );
    key = issued.issueApiKey.key;
    keyId = issued.issueApiKey.apiKey.id;
    expect(issued.issueApiKey.apiKey.active).toBe(true);
  });
  afterAll(() => t.close());

  it('stores only a hash of the secret and never shows the key again', async () => {
    const stored = await t.em().findOneOrFail(ApiKey, keyId);
    const secret = key.split('_').slice(2).join('_');
    expect(stored.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(secret);
    const listed = await t.gql(`{ apiKeys { items { id prefix } } }`, {}, t.admin);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it('sees only its manufacturer’s products and units', async () => {
    const products = await t.ok<{ products: { items: { modelNumber: string }[] } }>(PRODUCTS, {}, { apiKey: key });
    expect(products.products.items.map((p) => p.modelNumber)).toEqual(['MINE-1']);
    const units = await t.ok<{ productUnits: { items: { serialNumber: string }[] } }>(UNITS, {}, { apiKey: key });
    expect(units.productUnits.items.map((u) => u.serialNumber)).toEqual(['M-1']);
    const other = await t.gql(`query($id: ID!) { product(id: $id) { id } }`, { id: theirs.id }, { apiKey: key });
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('may create units only for its own products, and the audit names the key', async () => {
    const owner = await f.customer();
    const created = await t.ok<{ createProductUnit: { id: string } }>(
      CREATE_UNIT,
      { input: { serialNumber: 'M-2', productId: mine.id, ownerId: owner.id, purchaseDate: '2026-02-01' } },
      { apiKey: key },
    );
    const audit = await t.em().findOneOrFail(AuditEntry, { entityId: created.createProductUnit.id });
    expect(audit).toMatchObject({ actorKind: 'partner', actorId: keyId, actorLabel: '厂家对接', action: 'create' });

    const foreign = await t.gql(CREATE_UNIT, { input: { serialNumber: 'T-2', productId: theirs.id } }, { apiKey: key });
    expect(foreign.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.em().count('ProductUnit', { serialNumber: 'T-2' })).toBe(0);
  });

  it('is refused what its scopes do not grant', async () => {
    const customers = await t.gql(`{ customers { total } }`, {}, { apiKey: key });
    expect(customers.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const update = await t.gql(`mutation($id: ID!) { updateProduct(id: $id, input: { name: "x" }) { id } }`, { id: mine.id }, { apiKey: key });
    expect(update.errors?.[0].extensions.code).toBe('FORBIDDEN');
    // Following a relation does not reveal what it may not read: unit owners are customers.
    const owners = await t.gql(`{ productUnits { items { owner { name mobile } } } }`, {}, { apiKey: key });
    expect(owners.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('counts its requests per day and operation', async () => {
    await t.ok(`query MyProducts { products { total } }`, {}, { apiKey: key });
    await t.ok(`query MyProducts { products { total } }`, {}, { apiKey: key });
    // Counted in the process and written every few seconds: write them now.
    await t.app.usage.flush();
    const usage = await t.ok<{ apiKey: { lastUsedAt: string; usage: { operation: string; requests: number }[] } }>(
      `query($id: ID!) { apiKey(id: $id) { lastUsedAt usage { operation requests } } }`,
      { id: keyId },
      t.admin,
    );
    expect(usage.apiKey.usage.find((u) => u.operation === 'MyProducts')?.requests).toBe(2);
    expect(usage.apiKey.lastUsedAt).toBeTruthy();
  });

  it('refuses scopes that cannot be granted and a manufacturer key without a manufacturer', async () => {
    const res = await t.gql(ISSUE, { input: { name: 'x', partnerKind: 'MANUFACTURER', scopes: ['user:write', 'product:read'] } }, t.admin);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields?.map((e) => e.field).sort()).toEqual(['manufacturerId', 'scopes']);
  });

  it('can be issued and revoked by administrators only; a revoked key stops working at once', async () => {
    const dispatcher = await t.userWith([Role.DISPATCHER]);
    const denied = await t.gql(ISSUE, { input: { name: 'x', partnerKind: 'RETAILER', scopes: ['product:read'] } }, dispatcher);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const other = await t.ok<{ issueApiKey: { key: string; apiKey: { id: string } } }>(
      ISSUE,
      { input: { name: '零售商', partnerKind: 'RETAILER', scopes: ['product:read'] } },
      t.admin,
    );
    expect((await t.gql(PRODUCTS, {}, { apiKey: other.issueApiKey.key })).errors).toBeUndefined();
    await t.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }`, { id: other.issueApiKey.apiKey.id }, t.admin);
    const after = await t.gql(PRODUCTS, {}, { apiKey: other.issueApiKey.key });
    expect(after.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await t.gql(PRODUCTS, {}, { apiKey: key.slice(0, -4) + 'AAAA' });
    expect(forged.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('what the panel needs to know', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the grantable scopes and the audited entity names to administrators', async () => {
    const res = await t.ok<{ grantableScopes: string[]; auditedEntityNames: string[] }>(`{ grantableScopes auditedEntityNames }`, {}, t.admin);
    expect(res.grantableScopes).toEqual(expect.arrayContaining(['product:read', 'productUnit:create', 'serviceOrder:create']));
    expect(res.grantableScopes).not.toContain('user:write');
    expect(res.auditedEntityNames).toEqual(expect.arrayContaining(['Customer', 'ServiceOrder', 'User', 'Code']));
    expect(res.auditedEntityNames).not.toContain('TimelineEvent');
    expect(res.auditedEntityNames).not.toContain('AuditEntry');
    const analyst = await t.userWith([Role.ANALYST]);
    expect((await t.gql(`{ grantableScopes }`, {}, analyst)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
