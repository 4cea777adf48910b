import { BaseEntity } from '../common/base.entity';
import { TimelineEntry } from '../common/lifecycle/timeline-entry';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { ApiKey } from '../modules/auth/api-key.entity';
import { ApiKeyUsage } from '../modules/auth/api-key-usage.entity';
import { User } from '../modules/auth/user.entity';
import { AuthFailure } from '../modules/auth/throttle';
import { Code } from '../modules/code-table/code.entity';
import { CodeGroup } from '../modules/code-table/code-group.entity';
import { Customer } from '../modules/customer/customer.entity';
import { FeeRule } from '../modules/fee/fee-rule.entity';
import { Part } from '../modules/part/part.entity';
import { Brand } from '../modules/product/brand.entity';
import { Manufacturer } from '../modules/product/manufacturer.entity';
import { Product } from '../modules/product/product.entity';
import { ProductCategory } from '../modules/product/product-category.entity';
import { ProductUnit } from '../modules/product/product-unit.entity';
import { Region } from '../modules/region/region.entity';
import { ServiceStation } from '../modules/station/service-station.entity';
import { Technician } from '../modules/station/technician.entity';
import { Warehouse } from '../modules/station/warehouse.entity';
import { SavedFilter } from '../modules/saved-filter/saved-filter.entity';
import { SavedQuery } from '../modules/query/saved-query.entity';
import { ExportRun } from '../modules/export/export-run.entity';
import { Alert } from '../modules/jobs/alert.entity';
import { JobRun } from '../modules/jobs/job-run.entity';
import { StoredFile, StoredFileChunk } from '../modules/files/stored-file.entity';
import { ImportBatch } from '../modules/import/import-batch.entity';
import { OrderNumberSequence } from '../modules/service-order/order-number';
import { OrderPart } from '../modules/service-order/order-part.entity';
import { OrderTechnician } from '../modules/service-order/order-technician.entity';
import { ServiceOrder } from '../modules/service-order/service-order.entity';
import { TimelineEvent } from '../modules/service-order/timeline-event.entity';
import { Setting } from '../modules/settings/setting.entity';
import { STOCK_ENTITIES } from '../modules/stock/stock.entities';
import { WarrantyExtension } from '../modules/product/warranty-extension.entity';
import { ReturnEvent } from '../modules/returns/return-event.entity';
import { Complaint, ComplaintEvent } from '../modules/complaint/complaint.entity';
import { QualityFeedback, QualityFeedbackEvent, QualityFeedbackOrder } from '../modules/quality/quality-feedback.entity';
import { ReturnLine, ReturnRequest } from '../modules/returns/return-request.entity';
import { CommissionAdjustment } from '../modules/report/commission-adjustment.entity';
import { SettlementLine, SettlementStatement } from '../modules/report/settlement.entity';

/** Every entity, listed explicitly: discovery must not depend on file globs or the runner. */
export const ENTITIES = [
  BaseEntity,
  TimelineEntry,
  AuditEntry,
  ApiKey,
  ApiKeyUsage,
  User,
  AuthFailure,
  Region,
  Customer,
  Manufacturer,
  Brand,
  ProductCategory,
  Product,
  ProductUnit,
  CodeGroup,
  Code,
  ServiceStation,
  Technician,
  Warehouse,
  Part,
  FeeRule,
  Setting,
  SavedFilter,
  SavedQuery,
  ExportRun,
  Alert,
  JobRun,
  StoredFile,
  StoredFileChunk,
  ImportBatch,
  ServiceOrder,
  OrderNumberSequence,
  TimelineEvent,
  OrderTechnician,
  OrderPart,
  ...STOCK_ENTITIES,
  WarrantyExtension,
  ReturnRequest,
  ReturnLine,
  ReturnEvent,
  Complaint,
  ComplaintEvent,
  QualityFeedback,
  QualityFeedbackOrder,
  QualityFeedbackEvent,
  SettlementStatement,
  SettlementLine,
  CommissionAdjustment,
];
