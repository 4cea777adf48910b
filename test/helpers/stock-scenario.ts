import lifecycles from '../../schema/lifecycles.json';
import { randomBytes } from 'node:crypto';
import { Role } from '../../api/src/modules/auth/role';
import { WarehouseKind } from '../../api/src/modules/station/warehouse.entity';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { OrderTechnician } from '../../api/src/modules/service-order/order-technician.entity';
import { OrderPart, OrderPartKind } from '../../api/src/modules/service-order/order-part.entity';
import type { ServiceStation } from '../../api/src/modules/station/service-station.entity';
import type { Technician } from '../../api/src/modules/station/technician.entity';
import type { Part } from '../../api/src/modules/part/part.entity';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { Fixtures } from './fixtures';
import type { Caller, GqlResult, TestApp } from './test-app';

type Steps = Record<string, { from: string[]; to: string; mutation: string; input: string }>;
const LIFECYCLES = lifecycles as unknown as Record<string, { steps: Steps }>;

/** A document type's step as the contract publishes it (schema/lifecycles.json). */
export function stockStep(type: string, action: string) {
  const step = LIFECYCLES[type]?.steps[action];
  if (!step) throw new Error(`${type} has no step ${action}`);
  return step;
}

export const DOC_FIELDS = 'id number status stationId warehouseId allowedActions timeline { action fromStatus status summary note department actorLabel }';

/**
 * Two stations with a parts and an old-parts warehouse each, a central warehouse, parts with a
 * reorder point, technicians and the people of the parts cycle: an office parts keeper, a keeper,
 * a technician and a manager tied to station A, a technician of station B, a manager, a dispatcher.
 */
export async function stockScenario(t: TestApp) {
  const f = new Fixtures(t.em());
  const region = await f.region();
  const maker = await f.manufacturer({ name: '格力' });
  const central = await f.station({ name: '中心站', region });
  const a = await f.station({ name: '甲站', region });
  const b = await f.station({ name: '乙站', region });
  const hub = await f.warehouse({ station: central, name: '中心仓', central: true });
  const wa = await f.warehouse({ station: a, name: '甲站配件仓' });
  const oldA = await f.warehouse({ station: a, name: '甲站旧件仓', kind: WarehouseKind.OLD_PARTS });
  const wb = await f.warehouse({ station: b, name: '乙站配件仓' });
  const board = await f.part({ name: '主控板', costPrice: 200, salePrice: 320, reorderPoint: 4, manufacturer: maker });
  const motor = await f.part({ name: '风机电机', costPrice: 150, salePrice: 230, reorderPoint: 2, manufacturer: maker });
  const gas = await f.part({ name: 'R32 冷媒', costPrice: 45, salePrice: 80, reorderPoint: 10 });
  const techA = await f.technician({ station: a, name: '甲站李师傅' });
  const techA2 = await f.technician({ station: a, name: '甲站王师傅' });
  const techB = await f.technician({ station: b, name: '乙站赵师傅' });

  const product = await f.product({ name: '变频空调', brand: await f.brand({ manufacturer: maker }) });
  const customer = await f.customer({ region });
  const unit = await f.unit({ product, owner: customer });
  const cause = await f.code(CodeKind.FAULT_CAUSE, { name: '主板损坏' });
  const method = await f.code(CodeKind.REPAIR_METHOD, { name: '更换主板' });

  const keeper = await t.userWith([Role.PARTS_KEEPER]);
  const keeperA = await t.userWith([Role.PARTS_KEEPER], { stationId: a.id });
  const staffA = await t.userWith([Role.TECHNICIAN], { stationId: a.id });
  const staffB = await t.userWith([Role.TECHNICIAN], { stationId: b.id });
  const manager = await t.userWith([Role.MANAGER]);
  const dispatcher = await t.userWith([Role.DISPATCHER]);

  /** Runs a mutation; returns the GraphQL result (errors included). */
  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, caller: Caller = keeper) => t.gql<T>(query, variables, caller);
  const must = async <T>(res: Promise<GqlResult<T>>): Promise<T> => {
    const r = await res;
    if (r.errors?.length) throw new Error(JSON.stringify(r.errors, null, 2));
    return r.data!;
  };

  const create = (type: string, input: Record<string, unknown>, caller: Caller = keeper, fields = DOC_FIELDS) =>
    call<Record<string, Record<string, unknown> & { id: string; status: string; number: string; allowedActions: string[] }>>(
      `mutation($input: ${type}CreateInput!) { r: create${type}(input: $input) { ${fields} } }`,
      { input },
      caller,
    );
  const created = async (type: string, input: Record<string, unknown>, caller: Caller = keeper, fields = DOC_FIELDS) => (await must(create(type, input, caller, fields))).r;

  /** A lifecycle step by its action, with the input type the contract names. */
  const step = (type: string, action: string, id: string, input: Record<string, unknown> | null = null, caller: Caller = keeper, fields = DOC_FIELDS) => {
    const s = stockStep(type, action);
    const inputType = s.input.replace(/!$/, '');
    return call<Record<string, Record<string, unknown> & { id: string; status: string; allowedActions: string[] }>>(
      `mutation($id: ID!${input ? `, $input: ${inputType}!` : ''}) { r: ${s.mutation}(id: $id${input ? ', input: $input' : ''}) { ${fields} } }`,
      input ? { id, input } : { id },
      caller,
    );
  };
  const stepped = async (type: string, action: string, id: string, input: Record<string, unknown> | null = null, caller: Caller = keeper, fields = DOC_FIELDS) =>
    (await must(step(type, action, id, input, caller, fields))).r;

  /** Stock into a warehouse through a received stock in (opening balance at a cost). */
  const stockUp = async (warehouseId: string, lines: Array<{ partId: string; quantity: number; unitCost?: number }>, caller: Caller = keeper) => {
    const doc = await created('StockIn', { kind: 'OPENING', warehouseId, lines }, caller);
    return stepped('StockIn', 'RECEIVE', doc.id, null, caller);
  };

  const onHand = async (partId: string, warehouseId: string): Promise<number> => {
    const rows = await t.em().getConnection().execute<{ on_hand: number }[]>('select on_hand from stock_balance where part_id = ? and warehouse_id = ?', [partId, warehouseId]);
    return rows[0]?.on_hand ?? 0;
  };
  const balance = async (partId: string, warehouseId: string) => {
    const rows = await t.em().getConnection().execute<{ on_hand: number; average_cost: string }[]>(
      'select on_hand, average_cost from stock_balance where part_id = ? and warehouse_id = ?',
      [partId, warehouseId],
    );
    return rows[0] ? { onHand: rows[0].on_hand, averageCost: Number(rows[0].average_cost) } : undefined;
  };
  const ledger = (documentId: string) =>
    t.em().getConnection().execute<Array<{ part_id: string; warehouse_id: string; quantity: number; kind: string; unit_cost: string; balance_after: number; document_number: string; service_order_id: string | null }>>(
      'select * from stock_movement where document_id = ? order by seq',
      [documentId],
    );
  const reconciliation = async () =>
    (await must(t.gql<{ stockReconciliation: { ok: boolean; balances: number; movements: number; mismatches: unknown[] } }>(
      '{ stockReconciliation { ok balances movements mismatches { partId warehouseId onHand ledgerSum lastBalance } } }',
      {},
      t.admin,
    ))).stockReconciliation;

  let orders = 0;
  /** A service order at a station in a given state, its technicians assigned, with awaited or used part lines (written through the ORM). */
  const order = async (o: { station: ServiceStation; status: string; technicians?: Technician[]; awaited?: Array<[Part, number]>; used?: Array<[Part, number]> }) => {
    const em = t.em();
    const created = em.create(ServiceOrder, {
      number: `SO-STOCK-${String(++orders).padStart(4, '0')}-${randomBytes(2).toString('hex')}`,
      // Ids, not the scenario's entities: orders are made concurrently, each in its own fork, and an
      // entity shared by forks would let one fork's flush take (and commit late) another's order.
      customer: customer.id,
      contactName: customer.name,
      contactPhone: customer.mobile ?? '13800000000',
      productUnit: unit.id,
      product: product.id,
      serialNumber: unit.serialNumber,
      reportedSymptom: '不制冷',
      station: o.station.id,
      status: o.status,
      slaDueAt: new Date(Date.now() + 86400_000),
      inWarranty: true,
      trackingToken: randomBytes(18).toString('base64url'),
    } as never);
    em.persist(created);
    for (const [i, tech] of (o.technicians ?? []).entries()) em.persist(em.create(OrderTechnician, { order: created, technician: tech.id, workDate: '2026-12-01', lead: i === 0 } as never));
    for (const [part, quantity] of o.awaited ?? []) em.persist(em.create(OrderPart, { order: created, part: part.id, kind: OrderPartKind.AWAITED, quantity, unitPrice: part.salePrice } as never));
    for (const [part, quantity] of o.used ?? []) em.persist(em.create(OrderPart, { order: created, part: part.id, kind: OrderPartKind.USED, quantity, unitPrice: part.salePrice } as never));
    await withoutAudit(() => em.flush());
    return created as ServiceOrder;
  };
  const orderLines = (orderId: string) =>
    t.em().getConnection().execute<Array<{ id: string; part_id: string; kind: string; quantity: number; arrived_at: Date | null }>>(
      'select id, part_id, kind, quantity, arrived_at from service_order_part where order_id = ? order by created_at, id',
      [orderId],
    );

  return {
    product, customer, unit, cause, method, order, orderLines,
    f, region, maker, central, a, b, hub, wa, oldA, wb, board, motor, gas, techA, techA2, techB,
    keeper, keeperA, staffA, staffB, manager, dispatcher,
    call, must, create, created, step, stepped, stockUp, onHand, balance, ledger, reconciliation,
  };
}

export type StockScenario = Awaited<ReturnType<typeof stockScenario>>;
