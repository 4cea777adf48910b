import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import type { Code } from '../../api/src/modules/code-table/code.entity';
import type { Customer } from '../../api/src/modules/customer/customer.entity';
import type { ProductUnit } from '../../api/src/modules/product/product-unit.entity';
import type { ServiceStation } from '../../api/src/modules/station/service-station.entity';
import type { Technician } from '../../api/src/modules/station/technician.entity';
import type { Part } from '../../api/src/modules/part/part.entity';
import { OrderPart, OrderPartKind } from '../../api/src/modules/service-order/order-part.entity';
import { OrderTechnician } from '../../api/src/modules/service-order/order-technician.entity';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { ServiceOrderStatus as S } from '../../api/src/modules/service-order/service-order.enums';
import { Fixtures } from './fixtures';

export interface OrderSpec {
  number: string;
  status: S;
  station?: ServiceStation | null;
  unit: ProductUnit;
  customer: Customer;
  createdAt: string;
  completedAt?: string | null;
  symptom?: Code | null;
  labourFee?: number | null;
  visitFee?: number | null;
  contactName?: string;
  technicians?: Technician[];
  parts?: Array<{ part: Part; quantity: number; unitPrice: number }>;
  createdByApiKey?: string;
}

export async function writeOrder(em: EntityManager, o: OrderSpec): Promise<ServiceOrder> {
  const order = em.create(ServiceOrder, {
    number: o.number,
    status: o.status,
    customer: o.customer,
    contactName: o.contactName ?? o.customer.name,
    contactPhone: o.customer.mobile ?? '13800000000',
    address: '测试路 1 号',
    productUnit: o.unit,
    product: o.unit.product,
    serialNumber: o.unit.serialNumber,
    reportedSymptom: '不制冷',
    station: o.station ?? null,
    symptomCode: o.symptom ?? null,
    slaDueAt: new Date(new Date(o.createdAt).getTime() + 48 * 3600_000),
    inWarranty: true,
    labourFee: o.labourFee ?? null,
    visitFee: o.visitFee ?? null,
    createdAt: new Date(o.createdAt),
    completedAt: o.completedAt ? new Date(o.completedAt) : null,
    trackingToken: randomBytes(18).toString('base64url'),
    internalNote: '内部备注',
    createdByApiKey: o.createdByApiKey ?? null,
  } as never) as ServiceOrder;
  em.persist(order);
  for (const [i, t] of (o.technicians ?? []).entries()) {
    em.persist(em.create(OrderTechnician, { order, technician: t, workDate: o.createdAt.slice(0, 10), lead: i === 0 } as never));
  }
  for (const line of o.parts ?? []) {
    em.persist(em.create(OrderPart, { order, part: line.part, kind: OrderPartKind.USED, quantity: line.quantity, unitPrice: line.unitPrice } as never));
  }
  await withoutAudit(() => em.flush());
  return order;
}

/**
 * A small, hand-countable world for query results: two manufacturers (甲厂 with brand 甲牌,
 * 乙厂 with 乙牌), two stations (北站 under 总站), two symptom codes, and ten orders over
 * November and December 2026 with known statuses, fees and codes (times in +08:00).
 */
export async function queryWorld(em: EntityManager, opts: { retailerKeyId?: string } = {}) {
  const f = new Fixtures(em);
  const province = await f.region({ name: '广东', level: 1 });
  const city = await f.region({ name: '广州', level: 2, parent: province });
  const makerA = await f.manufacturer({ name: '甲厂' });
  const makerB = await f.manufacturer({ name: '乙厂' });
  const brandA = await f.brand({ name: '甲牌', manufacturer: makerA });
  const brandB = await f.brand({ name: '乙牌', manufacturer: makerB });
  const category = await f.category({ name: '空调' });
  const productA = await f.product({ name: '甲空调', modelNumber: 'QA-100', brand: brandA, category });
  const productB = await f.product({ name: '乙空调', modelNumber: 'QB-200', brand: brandB, category });
  const head = await f.station({ name: '总站', region: city });
  const north = await f.station({ name: '北站', region: city, parent: head });
  const techN = await f.technician({ station: north, name: '北站师傅', mobile: '13900001111', baseWage: 5000 });
  const techH = await f.technician({ station: head, name: '总站师傅' });
  const noCool = await f.code(CodeKind.FAULT_SYMPTOM, { code: 'S01', name: '不制冷', nameEn: 'Not cooling' });
  const leak = await f.code(CodeKind.FAULT_SYMPTOM, { code: 'S02', name: '漏水', nameEn: 'Leaking' });
  const part = await f.part({ name: '压缩机', manufacturer: makerA, costPrice: 300, salePrice: 450 });

  const zhang = await f.customer({ name: '张三', mobile: '13811112222', region: city });
  const li = await f.customer({ name: '李四', mobile: '13833334444' });
  const unitA = await f.unit({ product: productA, owner: zhang, serialNumber: 'SN-A1' });
  const unitB = await f.unit({ product: productB, owner: li, serialNumber: 'SN-B1' });

  const o = (spec: Omit<OrderSpec, 'customer' | 'unit'> & { unit?: ProductUnit }) => {
    const unit = spec.unit ?? unitA;
    return writeOrder(em, { ...spec, unit, customer: unit === unitA ? zhang : li });
  };
  // November: 4 orders (3 at 北站), December: 6 orders (2 at 北站, 3 at 总站, 1 without a station).
  const orders = {
    n1: await o({ number: 'Q-N1', status: S.VISITED, station: north, createdAt: '2026-11-02T09:00:00+08:00', completedAt: '2026-11-03T09:00:00+08:00', symptom: noCool, labourFee: 100, visitFee: 20, technicians: [techN], parts: [{ part, quantity: 1, unitPrice: 450 }] }),
    n2: await o({ number: 'Q-N2', status: S.VISITED, station: north, createdAt: '2026-11-10T10:00:00+08:00', completedAt: '2026-11-10T16:00:00+08:00', symptom: leak, labourFee: 80 }),
    n3: await o({ number: 'Q-N3', status: S.CANCELLED, station: north, createdAt: '2026-11-20T11:00:00+08:00', symptom: noCool, unit: unitB }),
    n4: await o({ number: 'Q-N4', status: S.COMPLETED, station: head, createdAt: '2026-11-30T23:30:00+08:00', completedAt: '2026-12-01T10:00:00+08:00', symptom: noCool, labourFee: 150, visitFee: 30, unit: unitB, technicians: [techH] }),
    d1: await o({ number: 'Q-D1', status: S.IN_REPAIR, station: north, createdAt: '2026-12-01T00:10:00+08:00', symptom: noCool, technicians: [techN, techH] }),
    d2: await o({ number: 'Q-D2', status: S.IN_REPAIR, station: north, createdAt: '2026-12-02T08:00:00+08:00', symptom: leak, contactName: '王五' }),
    d3: await o({ number: 'Q-D3', status: S.IN_REPAIR, station: head, createdAt: '2026-12-03T08:00:00+08:00', symptom: noCool, unit: unitB }),
    d4: await o({ number: 'Q-D4', status: S.DISPATCHED, station: head, createdAt: '2026-12-04T08:00:00+08:00', unit: unitB }),
    d5: await o({ number: 'Q-D5', status: S.AWAITING_PARTS, station: head, createdAt: '2026-12-05T08:00:00+08:00', symptom: leak, labourFee: 60 }),
    d6: await o({ number: 'Q-D6', status: S.RECEIVED, station: null, createdAt: '2026-12-06T08:00:00+08:00', createdByApiKey: opts.retailerKeyId, unit: unitB }),
  };
  return { province, city, makerA, makerB, brandA, brandB, productA, productB, head, north, techN, techH, noCool, leak, part, zhang, li, unitA, unitB, orders };
}
