import { createTestApp, type TestApp, type Caller } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { Role } from '../../api/src/modules/auth/role';
import type { ServiceStation } from '../../api/src/modules/station/service-station.entity';

const TECHNICIANS = `{ technicians(sortField: code) { total items { code stationId station { code } } } }`;
const UPDATE_TECHNICIAN = `mutation($id: ID!, $input: TechnicianUpdateInput!) { updateTechnician(id: $id, input: $input) { id status stationId } }`;
const CREATE_TECHNICIAN = `mutation($input: TechnicianCreateInput!) { createTechnician(input: $input) { id } }`;

describe('stations, technicians and warehouses', () => {
  let t: TestApp;
  let f: Fixtures;
  let own: ServiceStation;
  let other: ServiceStation;
  let staff: Caller;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
    own = await f.station({ code: 'S-OWN' });
    other = await f.station({ code: 'S-OTHER' });
    await f.technician({ station: own, code: 'T-OWN' });
    await f.technician({ station: other, code: 'T-OTHER' });
    await f.warehouse({ station: own, code: 'W-OWN' });
    await f.warehouse({ station: other, code: 'W-OTHER' });
    staff = await t.userWith([Role.TECHNICIAN], { stationId: own.id });
  });
  afterAll(() => t.close());

  it('station staff see only their own station’s station, technicians and warehouses', async () => {
    const techs = await t.ok<{ technicians: { items: { code: string }[] } }>(TECHNICIANS, {}, staff);
    expect(techs.technicians.items.map((x) => x.code)).toEqual(['T-OWN']);
    const stations = await t.ok<{ serviceStations: { items: { code: string }[] } }>(`{ serviceStations { items { code } } }`, {}, staff);
    expect(stations.serviceStations.items.map((s) => s.code)).toEqual(['S-OWN']);
    const warehouses = await t.ok<{ warehouses: { items: { code: string }[] } }>(`{ warehouses { items { code } } }`, {}, staff);
    expect(warehouses.warehouses.items.map((w) => w.code)).toEqual(['W-OWN']);
    const all = await t.ok<{ technicians: { total: number } }>(TECHNICIANS, {}, t.admin);
    expect(all.technicians.total).toBe(2);
  });

  it('station staff change only their own technicians and cannot move one to another station', async () => {
    const [mineTech] = await t.em().find('Technician', { code: 'T-OWN' });
    const [otherTech] = await t.em().find('Technician', { code: 'T-OTHER' });
    const id = (mineTech as { id: string }).id;
    const ok = await t.ok<{ updateTechnician: { status: string } }>(UPDATE_TECHNICIAN, { id, input: { status: 'ON_THE_WAY' } }, staff);
    expect(ok.updateTechnician.status).toBe('ON_THE_WAY');
    const foreign = await t.gql(UPDATE_TECHNICIAN, { id: (otherTech as { id: string }).id, input: { status: 'OFF_DUTY' } }, staff);
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const move = await t.gql(UPDATE_TECHNICIAN, { id, input: { stationId: other.id } }, staff);
    expect(move.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const elsewhere = await t.gql(CREATE_TECHNICIAN, { input: { code: 'T-NEW', name: '新师傅', stationId: other.id } }, staff);
    expect(elsewhere.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.em().count('Technician', { code: 'T-NEW' })).toBe(0);
    const reread = await t.ok<{ technician: { stationId: string } }>(`query($id: ID!) { technician(id: $id) { stationId } }`, { id }, t.admin);
    expect(reread.technician.stationId).toBe(own.id);
  });

  it('keeps the station network a tree: a store reports to its general agent, no loops', async () => {
    const agent = await f.station({ kind: 'general_agent' as never });
    const store = await t.ok<{ createServiceStation: { id: string; parent: { id: string } } }>(
      `mutation($input: ServiceStationCreateInput!) { createServiceStation(input: $input) { id parent { id } } }`,
      { input: { code: 'STORE-1', name: '专卖店一号', kind: 'RETAIL_STORE', parentId: agent.id } },
      t.admin,
    );
    expect(store.createServiceStation.parent.id).toBe(agent.id);
    const loop = await t.gql(
      `mutation($id: ID!, $input: ServiceStationUpdateInput!) { updateServiceStation(id: $id, input: $input) { id } }`,
      { id: agent.id, input: { parentId: store.createServiceStation.id } },
      t.admin,
    );
    expect(loop.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(loop.errors?.[0].extensions.fields?.[0].field).toBe('parentId');
  });

  it('filters technicians by covered region and refuses an out-of-range daily limit', async () => {
    const region = await f.region();
    await f.technician({ station: own, code: 'T-REGION', regionIds: [region.id] });
    const covered = await t.ok<{ technicians: { items: { code: string }[] } }>(
      `query($r: ID) { technicians(filter: { regionId: $r }) { items { code } } }`,
      { r: region.id },
      t.admin,
    );
    expect(covered.technicians.items.map((x) => x.code)).toEqual(['T-REGION']);
    const bad = await t.gql(CREATE_TECHNICIAN, { input: { code: 'T-BAD', name: 'x', stationId: own.id, dailyOrderLimit: 0 } }, t.admin);
    expect(bad.errors?.[0].extensions.fields?.[0].field).toBe('dailyOrderLimit');
  });

  it('does not delete a station that has technicians (IN_USE)', async () => {
    const res = await t.gql(`mutation($id: ID!) { deleteServiceStation(id: $id) { id } }`, { id: own.id }, t.admin);
    expect(res.errors?.[0].extensions.code).toBe('IN_USE');
    expect(res.errors?.[0].message).toMatch(/^该维修站已被(维修员|仓库|用户)引用/);
  });
});
