import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsInt, Max, Min } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context';
import { Setting } from '../settings/setting.entity';

/** Thresholds of the stock rules: data an administrator changes, not code. */
@ObjectType({ description: '库存规则 Stock rules: configuration, not code' })
export class StockRules {
  @Field(() => Int, { description: '领用归还期 Days within which requisitioned parts not used, and the old parts they replaced, come back' })
  requisitionReturnDays!: number;

  @Field(() => Int, { description: '借用归还期 Days within which borrowed parts come back' })
  borrowingReturnDays!: number;
}

export const DEFAULT_STOCK_RULES: StockRules = { requisitionReturnDays: 3, borrowingReturnDays: 7 };

@InputType()
export class StockRulesInput {
  @Field(() => Int, { nullable: true }) @IsInt() @Min(1) @Max(365) requisitionReturnDays?: number;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(1) @Max(365) borrowingReturnDays?: number;
}

const KEY = 'stock_rules';

/** Read on every use (one indexed row): several API processes share the database, not a cache. */
export async function loadStockRules(em: EntityManager): Promise<StockRules> {
  const row = await em.findOne(Setting, KEY);
  return { ...DEFAULT_STOCK_RULES, ...(row?.value as Partial<StockRules> | undefined) };
}

@Resolver()
export class StockRulesResolver {
  @Authorized('stock:read')
  @Query(() => StockRules, { description: '库存规则 The return periods late returns are judged by' })
  stockRules(@Ctx() ctx: Context): Promise<StockRules> {
    return loadStockRules(ctx.em);
  }

  @Authorized('settings:write')
  @Mutation(() => StockRules, { description: 'Change the stock rules (administrators; audited); applies to documents issued from now on' })
  async updateStockRules(@Arg('input') input: StockRulesInput, @Ctx() ctx: Context): Promise<StockRules> {
    const next = { ...(await loadStockRules(ctx.em)), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    const row = (await ctx.em.findOne(Setting, KEY)) ?? ctx.em.create(Setting, { key: KEY, value: {} });
    row.value = { ...next };
    return next;
  }
}
