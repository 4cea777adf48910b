/** Every area's labels, loaded together: the catalogue is complete once this module is imported. */
import './common/labels/common.labels';
import './modules/audit/audit.labels';
import './modules/auth/auth.labels';
import './modules/code-table/code-table.labels';
import './modules/customer/customer.labels';
import './modules/fee/fee.labels';
import './modules/part/part.labels';
import './modules/product/product.labels';
import './modules/query/query.labels';
import './modules/export/export.labels';
import './modules/import/import.labels';
import './modules/region/region.labels';
import './modules/service-order/service-order.labels';
import './modules/settings/settings.labels';
import './modules/station/station.labels';
import './modules/stock/stock.labels';
import './modules/returns/return-request.labels';
import './modules/complaint/complaint.labels';
import './modules/quality/quality-feedback.labels';
import './modules/report/report.labels';

export { catalogue } from './common/labels/catalogue';
