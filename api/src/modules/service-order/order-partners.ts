import { Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { ServiceContext } from '../../common/service-context';
import { assertMayRead } from '../../common/access/policy';
import { scopeSql } from '../../common/access/scoped';
import type { Context } from '../../graphql/context';
import { PartnerKind } from '../auth/api-key.entity';
import { ServiceOrder } from './service-order.entity';

@ObjectType({ description: 'A partner whose key created orders the caller may see (the order list’s partner filter)' })
export class OrderPartner {
  @Field(() => ID, { description: 'The key’s id: filter serviceOrders by createdByApiKeyId' }) id!: string;
  @Field({ description: 'The partner’s name (the key’s)' }) name!: string;
  @Field(() => PartnerKind) partnerKind!: PartnerKind;
}

/**
 * The partners behind the caller's orders: only names and kinds, so that those who may not read
 * partner keys (dispatchers, managers) can still filter orders by partner.
 */
export async function orderPartners(sc: ServiceContext): Promise<OrderPartner[]> {
  assertMayRead(sc.actor, ServiceOrder);
  const scope = scopeSql(sc, ServiceOrder, 'o');
  const rows = await sc.em.getConnection().execute<Array<{ id: string; name: string; partner_kind: string }>>(
    `select k.id, k.name, k.partner_kind from api_key k
      where exists (select 1 from service_order o where o.created_by_api_key_id = k.id ${scope ? `and ${scope.sql}` : ''})
      order by k.name, k.id`,
    [...(scope?.bindings ?? [])],
    'all',
    sc.em.getTransactionContext(),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, partnerKind: r.partner_kind as PartnerKind }));
}

@Resolver()
export class OrderPartnersResolver {
  @Authorized('serviceOrder:read')
  @Query(() => [OrderPartner], { description: '合作方 The partners whose keys created orders you may see' })
  orderPartners(@Ctx() ctx: Context): Promise<OrderPartner[]> {
    return orderPartners(ctx);
  }
}
