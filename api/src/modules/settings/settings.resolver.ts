import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput, fieldError } from '../../common/errors';
import { ServiceRules, ServiceRulesInput, loadServiceRules, saveServiceRules } from './service-rules';
import { AfterSalesRules, AfterSalesRulesInput, loadAfterSalesRules, saveAfterSalesRules } from './after-sales-rules';

@Resolver()
export class SettingsResolver {
  @Authorized('serviceOrder:read')
  @Query(() => ServiceRules, { description: '服务规则 The thresholds service orders are judged by' })
  serviceRules(@Ctx() ctx: Context): Promise<ServiceRules> {
    return loadServiceRules(ctx.em);
  }

  @Authorized('settings:write')
  @Mutation(() => ServiceRules, { description: 'Change service rules (administrators); audited' })
  async updateServiceRules(@Arg('input') input: ServiceRulesInput, @Ctx() ctx: Context): Promise<ServiceRules> {
    const next = { ...(await loadServiceRules(ctx.em)), ...input };
    if (next.middleKm <= next.nearKm) {
      throw badInput([fieldError('middleKm', '必须大于近距离上限', 'must be greater than nearKm')]);
    }
    return saveServiceRules(ctx.em, input);
  }

  @Authorized()
  @Query(() => AfterSalesRules, { description: '售后规则 Return windows, the replacement’s warranty and complaint deadlines (every signed-in caller: partners file returns by them)' })
  afterSalesRules(@Ctx() ctx: Context): Promise<AfterSalesRules> {
    return loadAfterSalesRules(ctx.em);
  }

  @Authorized('settings:write')
  @Mutation(() => AfterSalesRules, { description: 'Change after-sales rules (administrators); audited' })
  updateAfterSalesRules(@Arg('input') input: AfterSalesRulesInput, @Ctx() ctx: Context): Promise<AfterSalesRules> {
    return saveAfterSalesRules(ctx.em, input);
  }
}
