/** Every bulk import, loaded together (opening stock joins when the stock module exists). */
import './modules/customer/customer.import';
import './modules/product/product.import';
import './modules/code-table/code-table.import';
import './modules/part/part.import';
