import { badInput, fieldError } from '../../common/errors';
import { type Customer, CustomerKind } from './customer.entity';

/** People must be reachable: an individual customer needs a mobile number. */
export function assertReachable(customer: Customer): void {
  if (customer.kind === CustomerKind.INDIVIDUAL && !customer.mobile) {
    throw badInput([fieldError('mobile', '必须填写（个人客户）', 'is required for individual customers')]);
  }
}
