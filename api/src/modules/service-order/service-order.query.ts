import { computed, defineQueryType, enumOf } from '../query/catalogue';
import { arrayParam, col, param, sql } from '../query/sql';
import { DistanceBand } from '../fee/fee-enums';
import { Part } from '../part/part.entity';
import { Technician } from '../station/technician.entity';
import { OrderPart, OrderPartKind } from './order-part.entity';
import { OrderTechnician } from './order-technician.entity';
import { ServiceOrder } from './service-order.entity';
import { SLA_RUNNING } from './service-order.lifecycle';
import {
  AppraisalVerdict,
  CustomerRequest,
  OrderChannel,
  Payer,
  SaleAttribute,
  ServiceOrderKind,
  ServiceOrderStatus,
} from './service-order.enums';

/** Service orders in the ad-hoc query catalogue: their fields, computed measures and relations. */
defineQueryType(ServiceOrder, {
  root: 'serviceOrders',
  title: 'number',
  fields: {
    number: {},
    status: enumOf(ServiceOrderStatus, 'ServiceOrderStatus'),
    kind: enumOf(ServiceOrderKind, 'ServiceOrderKind'),
    attribute: enumOf(SaleAttribute, 'SaleAttribute'),
    channel: enumOf(OrderChannel, 'OrderChannel'),
    customerRequest: enumOf(CustomerRequest, 'CustomerRequest'),
    onSite: {},
    contactName: {},
    contactPhone: {},
    address: {},
    serialNumber: {},
    purchaseDate: {},
    reportedSymptom: {},
    appointmentStart: {},
    appointmentEnd: {},
    distanceKm: { label: { zh: '距离（公里）', en: 'Distance (km)' } },
    distanceBand: enumOf(DistanceBand, 'DistanceBand'),
    slaDueAt: {},
    inWarranty: {},
    warrantyEndsOn: {},
    repeatRepair: {},
    exchangeOffered: {},
    labourFee: {},
    visitFee: {},
    partsFee: {},
    totalFee: computed('money', ({ col }) => sql`(coalesce(${col('labourFee')}, 0) + coalesce(${col('visitFee')}, 0) + coalesce(${col('partsFee')}, 0))`, {
      reads: ['labourFee', 'visitFee', 'partsFee'],
    }),
    payer: enumOf(Payer, 'Payer'),
    feesOverridden: {},
    appraisalVerdict: enumOf(AppraisalVerdict, 'AppraisalVerdict'),
    returnVisitScore: {},
    logisticsNumber: {},
    cancelReason: {},
    internalNote: {},
    createdAt: {},
    dispatchedAt: {},
    startedAt: { label: { zh: '开始维修时间', en: 'Repair started' } },
    completedAt: {},
    returnedAt: { label: { zh: '交还时间', en: 'Returned' } },
    visitedAt: { label: { zh: '回访时间', en: 'Visited' } },
    closedAt: { label: { zh: '关闭时间', en: 'Closed' } },
    overdue: computed(
      'boolean',
      ({ col, now }) => sql`(${col('status')} = any(${arrayParam(SLA_RUNNING)}::text[]) and ${col('slaDueAt')} < ${now})`,
      { reads: ['status', 'slaDueAt'] },
    ),
    turnaroundHours: computed(
      'number',
      ({ col }) => sql`(extract(epoch from (${col('completedAt')} - ${col('createdAt')})) / 3600.0)`,
      { reads: ['completedAt', 'createdAt'], label: { zh: '周转时间（小时）', en: 'Turnaround (hours)' } },
    ),
    technicians: {
      label: { zh: '维修员', en: 'Technicians' },
      link: { entity: () => OrderTechnician, parent: 'order', child: 'technician' },
      target: () => Technician,
    },
    usedParts: {
      label: { zh: '已用配件', en: 'Parts used' },
      link: { entity: () => OrderPart, parent: 'order', child: 'part', where: (a) => sql`${col(a, 'kind')} = ${param(OrderPartKind.USED)}` },
      target: () => Part,
    },
  },
  relations: [
    'customer',
    'region',
    'productUnit',
    'product',
    'station',
    'agentStation',
    'symptomCode',
    'causeCode',
    'locationCode',
    'methodCode',
    'previousOrder',
    'reworkOf',
  ],
  defaultColumns: ['number', 'status', 'kind', 'createdAt', 'customer.name', 'contactPhone', 'product.modelNumber', 'serialNumber', 'station.name', 'symptomCode.name', 'slaDueAt', 'completedAt', 'totalFee'],
});

/** Parts lines: parts used on, or awaited by, orders; visible with their order. */
defineQueryType(OrderPart, {
  root: 'orderParts',
  scopeThrough: 'order',
  fields: {
    kind: enumOf(OrderPartKind, 'OrderPartKind'),
    quantity: { label: { zh: '数量', en: 'Quantity' } },
    unitPrice: { label: { zh: '单价（元）', en: 'Unit price (yuan)' } },
    amount: computed('money', ({ col }) => sql`(${col('quantity')} * ${col('unitPrice')})`, {
      reads: ['quantity', 'unitPrice'],
      label: { zh: '金额（元）', en: 'Amount (yuan)' },
    }),
    createdAt: { label: { zh: '记录时间', en: 'Recorded' } },
    arrivedAt: { label: { zh: '到货时间', en: 'Arrived' } },
  },
  relations: ['order', 'part'],
  defaultColumns: ['order.number', 'part.code', 'part.name', 'kind', 'quantity', 'unitPrice', 'amount', 'createdAt'],
});
