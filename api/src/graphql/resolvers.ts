import type { NonEmptyArray } from 'type-graphql';
import '../labels';
import { relationResolvers } from './relations';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { ApiKeyResolver } from '../modules/auth/api-key.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { UserResolver } from '../modules/auth/user.resolver';
import { CodeGroupResolver, CodeResolver } from '../modules/code-table/code-table.resolver';
import { CustomerResolver } from '../modules/customer/customer.resolver';
import { FeeRuleResolver } from '../modules/fee/fee-rule.resolver';
import { PartResolver } from '../modules/part/part.resolver';
import {
  BrandResolver,
  ManufacturerResolver,
  ProductCategoryResolver,
  ProductResolver,
  ProductUnitResolver,
} from '../modules/product/product.resolver';
import { RegionResolver } from '../modules/region/region.resolver';
import { SavedFilterResolver } from '../modules/saved-filter/saved-filter.resolver';
import { QueryResolver } from '../modules/query/query.resolver';
import { ExportResolver } from '../modules/export/export.resolver';
import { ImportResolver } from '../modules/import/import.resolver';
import { AwaitingPartsResolver } from '../modules/service-order/awaiting-parts';
import '../modules/service-order/customer-history.resolver';
import { OrderDashboardResolver } from '../modules/service-order/dashboard';
import { ViewerOrderFields } from '../modules/service-order/viewer.resolver';
import { OrderPartnersResolver } from '../modules/service-order/order-partners';
import { ServiceOrderResolver, ServiceOrderSteps, TimelineEventFields } from '../modules/service-order/service-order.resolver';
import { TrackingResolver } from '../modules/service-order/tracking';
import { ReadReplicaResolver } from './read-replica.resolver';
import { SettingsResolver } from '../modules/settings/settings.resolver';
import { ServiceStationResolver, TechnicianResolver, WarehouseResolver } from '../modules/station/station.resolver';
import { STOCK_RESOLVERS } from '../modules/stock/stock.resolvers';
import { RETURN_RESOLVERS } from '../modules/returns/returns.resolvers';
import { ReportResolver } from '../modules/report/report.resolver';
import { ViewerReportFields } from '../modules/report/report-abilities';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  ApiKeyResolver,
  AuditResolver,
  RegionResolver,
  CustomerResolver,
  ManufacturerResolver,
  BrandResolver,
  ProductCategoryResolver,
  ProductResolver,
  ProductUnitResolver,
  CodeGroupResolver,
  CodeResolver,
  ServiceStationResolver,
  TechnicianResolver,
  WarehouseResolver,
  PartResolver,
  FeeRuleResolver,
  SettingsResolver,
  SavedFilterResolver,
  QueryResolver,
  ExportResolver,
  ImportResolver,
  ServiceOrderResolver,
  ServiceOrderSteps,
  TimelineEventFields,
  AwaitingPartsResolver,
  OrderDashboardResolver,
  ViewerOrderFields,
  OrderPartnersResolver,
  TrackingResolver,
  ReadReplicaResolver,
  ...STOCK_RESOLVERS,
  ...RETURN_RESOLVERS,
  ReportResolver,
  ViewerReportFields,
  ...relationResolvers(),
];
