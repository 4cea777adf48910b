import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';

const CREATE_USER = `mutation($i: UserCreateInput!) { createUser(input: $i) { id stationId technicianId } }`;
const MOVE = `mutation($id: ID!, $i: TechnicianUpdateInput!) { updateTechnician(id: $id, input: $i) { id stationId } }`;
const USER = `query($id: ID!) { user(id: $id) { stationId technicianId } }`;
const AUDIT = `query($id: String!) { auditEntries(filter: { entityName: "User", entityId: $id }, perPage: 10) { items { action before after } } }`;

describe('a user linked to a technician works where the technician works', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('moves with the technician to another station, in the same change, audited; an unlinked colleague stays', async () => {
    const f = new Fixtures(t.em());
    const [from, to] = [await f.station(), await f.station()];
    const [linked, other] = [await f.technician({ station: from }), await f.technician({ station: from })];
    const user = (await t.ok<{ createUser: { id: string } }>(CREATE_USER, { i: { username: 'tech-move', displayName: '甲师傅', password: 'secret-pass-1', roles: ['TECHNICIAN'], technicianId: linked.id } }, t.admin)).createUser;
    const colleague = (await t.ok<{ createUser: { id: string } }>(CREATE_USER, { i: { username: 'tech-stay', displayName: '乙', password: 'secret-pass-1', roles: ['TECHNICIAN'], stationId: from.id } }, t.admin)).createUser;

    await t.ok(MOVE, { id: linked.id, i: { stationId: to.id } }, t.admin);
    expect((await t.ok<{ user: { stationId: string } }>(USER, { id: user.id }, t.admin)).user).toEqual({ stationId: to.id, technicianId: linked.id });
    expect((await t.ok<{ user: { stationId: string } }>(USER, { id: colleague.id }, t.admin)).user.stationId).toBe(from.id);
    const audit = (await t.ok<{ auditEntries: { items: Array<{ action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }> } }>(AUDIT, { id: user.id }, t.admin)).auditEntries.items;
    expect(audit.some((e) => e.action === 'UPDATE' && JSON.stringify(e.after).includes(to.id))).toBe(true);

    // Moving the other technician moves nobody.
    await t.ok(MOVE, { id: other.id, i: { stationId: to.id } }, t.admin);
    expect((await t.ok<{ user: { stationId: string } }>(USER, { id: colleague.id }, t.admin)).user.stationId).toBe(from.id);
  });
});
