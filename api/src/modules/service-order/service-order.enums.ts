import { labelledEnum } from '../../graphql/enums';
import './service-order.labels';


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
labelledEnum(ServiceOrderStatus, 'ServiceOrderStatus', { description: '服务单状态 Service order status', notes: { BACK_FROM_AGENT: 'pre-sale orders close here' } });

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
labelledEnum(ServiceOrderAction, 'ServiceOrderAction', { description: '服务单操作 A step of the service-order lifecycle', notes: { REJECT_DISPATCH: 'back to dispatch with a reason', COMPLETE: 'needs cause and method codes', CANCEL: 'needs a reason' } });

/** Timeline events record every lifecycle step, and the steps that do not change the status. */
export const TimelineAction = {
  CREATE: 'create',
  ...ServiceOrderAction,
  APPRAISAL: 'appraisal',
  FEES_OVERRIDDEN: 'fees_overridden',
  REWORK_CREATED: 'rework_created',
  NOTE: 'note',
  /** A purchase order or transfer brought awaited parts (the stock module records it). */
  PARTS_RECEIVED: 'parts_received',
  /** A part line was taken off the order and its parts went back to stock. */
  PART_REMOVED: 'part_removed',
} as const;
export type TimelineAction = (typeof TimelineAction)[keyof typeof TimelineAction];
labelledEnum(TimelineAction, 'TimelineAction', { description: '处理信息动作 What a timeline event records' });

export enum ServiceOrderKind {
  REPAIR = 'repair',
  INSTALLATION = 'installation',
  MAINTENANCE = 'maintenance',
  INSPECTION = 'inspection',
}
labelledEnum(ServiceOrderKind, 'ServiceOrderKind');

export enum SaleAttribute {
  PRE_SALE = 'pre_sale',
  AFTER_SALE = 'after_sale',
}
labelledEnum(SaleAttribute, 'SaleAttribute', { description: '售前/售后 Pre-sale (defect found before any sale; the customer is the store) or after-sale' });

export enum OrderChannel {
  PHONE = 'phone',
  WALK_IN = 'walk_in',
  ONLINE = 'online',
  PARTNER_API = 'partner_api',
}
labelledEnum(OrderChannel, 'OrderChannel');

export enum CustomerRequest {
  REPAIR = 'repair',
  EXCHANGE = 'exchange',
  RETURN = 'return',
}
labelledEnum(CustomerRequest, 'CustomerRequest', { description: '顾客要求 维修/换货/退货' });

export enum Payer {
  CUSTOMER = 'customer',
  MANUFACTURER = 'manufacturer',
  COMPANY = 'company',
}
labelledEnum(Payer, 'Payer', { notes: { MANUFACTURER: 'in warranty', COMPANY: 'goodwill' } });

export enum AppraisalVerdict {
  MANUFACTURING_DEFECT = 'manufacturing_defect',
  MISUSE = 'misuse',
  NO_FAULT_FOUND = 'no_fault_found',
}
labelledEnum(AppraisalVerdict, 'AppraisalVerdict', { description: '质量鉴定结论 Quality appraisal verdict' });
