import { computed, defineQueryType, enumOf } from '../query/catalogue';
import { arrayParam, sql } from '../query/sql';
import { OrderChannel } from '../service-order/service-order.enums';
import { ComplaintCategory, ComplaintSeverity, ComplaintStatus } from '../complaint/complaint.enums';
import { Complaint } from '../complaint/complaint.entity';
import { QualityFeedback } from '../quality/quality-feedback.entity';
import { QualityFeedbackStatus } from '../quality/quality-feedback.enums';
import { ReturnRequest } from './return-request.entity';
import { ReturnKind, ReturnStatus } from './return-request.enums';

/** The after-sales documents in the ad-hoc query catalogue (their policies decide who sees which, as in their lists). */
defineQueryType(ReturnRequest, {
  root: 'returnRequests',
  title: 'number',
  fields: {
    number: {},
    kind: enumOf(ReturnKind, 'ReturnKind'),
    status: enumOf(ReturnStatus, 'ReturnStatus'),
    contactName: {},
    contactPhone: {},
    salesOrderNumber: {},
    deliveredOn: {},
    windowDays: {},
    windowWaived: {},
    requestedTotal: {},
    refundTotal: {},
    rejectReason: {},
    customerAfterSalesCount: {},
    createdAt: {},
    reviewedAt: {},
    financeReviewedAt: {},
    goodsReceivedAt: {},
    refundedAt: {},
    completedAt: {},
    closedAt: {},
  },
  relations: ['customer', 'serviceOrder', 'station', 'reasonCode', 'warehouse'],
  defaultColumns: ['number', 'kind', 'status', 'createdAt', 'customer.name', 'reasonCode.name', 'requestedTotal', 'refundTotal', 'station.name', 'completedAt'],
});

const RUNNING = [ComplaintStatus.OPEN, ComplaintStatus.RESPONDED];

defineQueryType(Complaint, {
  root: 'complaints',
  title: 'number',
  fields: {
    number: {},
    status: enumOf(ComplaintStatus, 'ComplaintStatus'),
    channel: enumOf(OrderChannel, 'OrderChannel'),
    category: enumOf(ComplaintCategory, 'ComplaintCategory'),
    severity: enumOf(ComplaintSeverity, 'ComplaintSeverity'),
    contactPhone: {},
    description: {},
    ownerName: {},
    receivedAt: {},
    respondDueAt: {},
    resolveDueAt: {},
    respondedAt: {},
    resolvedAt: {},
    resolution: {},
    closedAt: {},
    overdue: computed(
      'boolean',
      ({ col, now }) =>
        sql`(${col('status')} = any(${arrayParam(RUNNING)}::text[]) and ((${col('respondedAt')} is null and ${col('respondDueAt')} <= ${now}) or (${col('resolvedAt')} is null and ${col('resolveDueAt')} <= ${now})))`,
      { reads: ['status', 'respondedAt', 'respondDueAt', 'resolvedAt', 'resolveDueAt'], label: { zh: '超时', en: 'Overdue' } },
    ),
  },
  relations: ['customer', 'serviceOrder', 'station', 'product', 'reworkOrder'],
  defaultColumns: ['number', 'status', 'category', 'severity', 'receivedAt', 'customer.name', 'station.name', 'product.modelNumber', 'respondDueAt', 'resolveDueAt', 'overdue'],
});

defineQueryType(QualityFeedback, {
  root: 'qualityFeedbacks',
  title: 'number',
  fields: {
    number: {},
    status: enumOf(QualityFeedbackStatus, 'QualityFeedbackStatus'),
    title: {},
    description: {},
    orderCount: {},
    manufacturerResponse: {},
    createdAt: {},
    reviewedAt: {},
    approvedAt: {},
    confirmedAt: {},
    closedAt: {},
  },
  relations: ['product', 'manufacturer', 'symptomCode', 'station'],
  defaultColumns: ['number', 'status', 'title', 'product.modelNumber', 'manufacturer.name', 'orderCount', 'createdAt', 'confirmedAt'],
});
