import { registerEnumType } from 'type-graphql';

export enum ServiceOrderStatus {
  RECEIVED = 'received',
  DISPATCHED = 'dispatched',
  IN_REPAIR = 'in_repair',
  AWAITING_PARTS = 'awaiting_parts',
  COMPLETED = 'completed',
  SENT_TO_AGENT = 'sent_to_agent',
  BACK_FROM_AGENT = 'back_from_agent',
  RETURNED_TO_CUSTOMER = 'returned_to_customer',
  VISITED = 'visited',
  CANCELLED = 'cancelled',
}
registerEnumType(ServiceOrderStatus, {
  name: 'ServiceOrderStatus',
  description: '服务单状态 Service order status',
  valuesConfig: {
    RECEIVED: { description: '已接件 received' },
    DISPATCHED: { description: '已派工 dispatched' },
    IN_REPAIR: { description: '维修中 in repair' },
    AWAITING_PARTS: { description: '待件 awaiting parts' },
    COMPLETED: { description: '已完工 completed' },
    SENT_TO_AGENT: { description: '返修出库 sent to the agent/manufacturer' },
    BACK_FROM_AGENT: { description: '返修到货 back from the agent (pre-sale orders close here)' },
    RETURNED_TO_CUSTOMER: { description: '顾客取回/已发件 returned to the customer' },
    VISITED: { description: '已回访 return visit done' },
    CANCELLED: { description: '已取消 cancelled' },
  },
});

export enum ServiceOrderAction {
  DISPATCH = 'dispatch',
  REJECT_DISPATCH = 'reject_dispatch',
  START_REPAIR = 'start_repair',
  AWAIT_PARTS = 'await_parts',
  PARTS_ARRIVED = 'parts_arrived',
  COMPLETE = 'complete',
  SEND_TO_AGENT = 'send_to_agent',
  RECEIVE_FROM_AGENT = 'receive_from_agent',
  RETURN_TO_CUSTOMER = 'return_to_customer',
  RECORD_RETURN_VISIT = 'record_return_visit',
  CANCEL = 'cancel',
}
registerEnumType(ServiceOrderAction, {
  name: 'ServiceOrderAction',
  description: '服务单操作 A step of the service-order lifecycle',
  valuesConfig: {
    DISPATCH: { description: '派工 dispatch (or re-dispatch) to a station and technicians' },
    REJECT_DISPATCH: { description: '拒单 the station rejects the dispatch; back to dispatch with a reason' },
    START_REPAIR: { description: '开始维修 start the repair' },
    AWAIT_PARTS: { description: '待件 wait for parts' },
    PARTS_ARRIVED: { description: '到件 parts arrived, repair resumes' },
    COMPLETE: { description: '完工 repair completed (needs cause and method codes)' },
    SEND_TO_AGENT: { description: '返修出库 send to the agent/manufacturer' },
    RECEIVE_FROM_AGENT: { description: '返修到货 back from the agent/manufacturer' },
    RETURN_TO_CUSTOMER: { description: '交还顾客 hand back to the customer' },
    RECORD_RETURN_VISIT: { description: '回访 record the return visit' },
    CANCEL: { description: '取消 cancel (needs a reason)' },
  },
});

/** Timeline events record every lifecycle step, and the steps that do not change the status. */
export const TimelineAction = {
  CREATE: 'create',
  ...ServiceOrderAction,
  APPRAISAL: 'appraisal',
  FEES_OVERRIDDEN: 'fees_overridden',
  REWORK_CREATED: 'rework_created',
  NOTE: 'note',
} as const;
export type TimelineAction = (typeof TimelineAction)[keyof typeof TimelineAction];
registerEnumType(TimelineAction, { name: 'TimelineAction', description: '处理信息动作 What a timeline event records' });

export enum ServiceOrderKind {
  REPAIR = 'repair',
  INSTALLATION = 'installation',
  MAINTENANCE = 'maintenance',
  INSPECTION = 'inspection',
}
registerEnumType(ServiceOrderKind, {
  name: 'ServiceOrderKind',
  valuesConfig: {
    REPAIR: { description: '维修 repair' },
    INSTALLATION: { description: '安装 installation' },
    MAINTENANCE: { description: '保养 maintenance' },
    INSPECTION: { description: '检测 inspection' },
  },
});

export enum SaleAttribute {
  PRE_SALE = 'pre_sale',
  AFTER_SALE = 'after_sale',
}
registerEnumType(SaleAttribute, {
  name: 'SaleAttribute',
  description: '售前/售后 Pre-sale (defect found before any sale; the customer is the store) or after-sale',
});

export enum OrderChannel {
  PHONE = 'phone',
  WALK_IN = 'walk_in',
  ONLINE = 'online',
  PARTNER_API = 'partner_api',
}
registerEnumType(OrderChannel, {
  name: 'OrderChannel',
  valuesConfig: {
    PHONE: { description: '电话 phone' },
    WALK_IN: { description: '到店 walk-in' },
    ONLINE: { description: '网上 online' },
    PARTNER_API: { description: '合作方接口 partner API' },
  },
});

export enum CustomerRequest {
  REPAIR = 'repair',
  EXCHANGE = 'exchange',
  RETURN = 'return',
}
registerEnumType(CustomerRequest, { name: 'CustomerRequest', description: '顾客要求 维修/换货/退货' });

export enum Payer {
  CUSTOMER = 'customer',
  MANUFACTURER = 'manufacturer',
  COMPANY = 'company',
}
registerEnumType(Payer, {
  name: 'Payer',
  valuesConfig: {
    CUSTOMER: { description: '顾客 customer' },
    MANUFACTURER: { description: '厂家 manufacturer (in warranty)' },
    COMPANY: { description: '公司 company (goodwill)' },
  },
});

export enum AppraisalVerdict {
  MANUFACTURING_DEFECT = 'manufacturing_defect',
  MISUSE = 'misuse',
  NO_FAULT_FOUND = 'no_fault_found',
}
registerEnumType(AppraisalVerdict, {
  name: 'AppraisalVerdict',
  description: '质量鉴定结论 Quality appraisal verdict',
  valuesConfig: {
    MANUFACTURING_DEFECT: { description: '质量问题 manufacturing defect: the manufacturer pays' },
    MISUSE: { description: '人为损坏 misuse: the customer pays even in warranty' },
    NO_FAULT_FOUND: { description: '无故障 no fault found' },
  },
});
