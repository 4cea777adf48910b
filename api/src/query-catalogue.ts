/** Every area's query types, loaded together: the field catalogue is complete once this module is imported. */
import './modules/service-order/service-order.query';
import './modules/customer/customer.query';
import './modules/product/product.query';
import './modules/part/part.query';
import './modules/station/station.query';
import './modules/code-table/code-table.query';
import './modules/region/region.query';
import './modules/fee/fee.query';
import './modules/audit/audit.query';
import './modules/auth/auth.query';
import './modules/returns/returns.query';
