/** Every bulk import, loaded together. */
import './modules/customer/customer.import';
import './modules/product/product.import';
import './modules/code-table/code-table.import';
import './modules/part/part.import';
import './modules/stock/stock-in/opening-stock.import';
