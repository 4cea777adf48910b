import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import { labelledEnum } from '../../graphql/enums';
import { badInput, fieldError } from '../../common/errors';
import { ProductCategory } from '../product/product-category.entity';
import { Setting } from './setting.entity';
import './settings.labels';

/** What a replacement's warranty is after an exchange (三包: it starts again; some companies' terms keep the rest). */
export enum ReplacementWarranty {
  RESTART = 'restart',
  KEEP_REMAINING = 'keep_remaining',
}
labelledEnum(ReplacementWarranty, 'ReplacementWarranty', {
  description: '换货后保修 The replacement’s warranty after an exchange',
  notes: {
    RESTART: 'the default (更换后的产品包修期从更换之日起重新计算), never ending before the replaced unit’s would have',
    KEEP_REMAINING: 'the replaced unit’s warranty end, plus the days the exchange took',
  },
});

@ObjectType({ description: '类别退换货期 A product category’s return and exchange windows (its subcategories inherit them)' })
export class ReturnWindow {
  @Field(() => ID) categoryId!: string;
  @Field(() => Int, { description: '退货期 Days after delivery a return (and refund) may be requested' }) returnDays!: number;
  @Field(() => Int, { description: '换货期 Days after delivery an exchange may be requested' }) exchangeDays!: number;
}

@ObjectType({ description: '售后规则 Returns, 三包 warranty and complaint rules: configuration, not code' })
export class AfterSalesRules {
  @Field(() => Int, { description: '退货期 Days after delivery a return may be requested, unless the category says otherwise' })
  returnDays!: number;

  @Field(() => Int, { description: '换货期 Days after delivery an exchange may be requested, unless the category says otherwise' })
  exchangeDays!: number;

  @Field(() => [ReturnWindow], { description: 'Windows of particular categories (a category without one takes its parent’s, then the defaults)' })
  categoryWindows!: ReturnWindow[];

  @Field(() => ReplacementWarranty, { description: '换货后保修 A replacement’s warranty: restarted from the exchange date, or the replaced unit’s remainder' })
  replacementWarranty!: ReplacementWarranty;

  @Field(() => Int, { description: '投诉响应时限 Hours to respond to a complaint (on the business time zone’s clock)' })
  complaintRespondHours!: number;

  @Field(() => Int, { description: '投诉解决时限 Hours to resolve a complaint (on the business time zone’s clock)' })
  complaintResolveHours!: number;
}

/** The 三包 defaults: 7 days to return, 15 to exchange; complaints answered in 4 hours and resolved in 48. */
export const DEFAULT_AFTER_SALES_RULES: AfterSalesRules = {
  returnDays: 7,
  exchangeDays: 15,
  categoryWindows: [],
  replacementWarranty: ReplacementWarranty.RESTART,
  complaintRespondHours: 4,
  complaintResolveHours: 48,
};

@InputType()
export class ReturnWindowInput {
  @Field(() => ID) @IsUUID() categoryId!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(3650) returnDays!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(3650) exchangeDays!: number;
}

@InputType()
export class AfterSalesRulesInput {
  @Field(() => Int, { nullable: true }) @IsInt() @Min(0) @Max(3650) returnDays?: number;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(0) @Max(3650) exchangeDays?: number;
  @Field(() => [ReturnWindowInput], { nullable: true, description: 'Replaces every category window' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  categoryWindows?: ReturnWindowInput[];
  @Field(() => ReplacementWarranty, { nullable: true }) replacementWarranty?: ReplacementWarranty;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(1) @Max(720) complaintRespondHours?: number;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(1) @Max(2160) complaintResolveHours?: number;
}

const KEY = 'after_sales_rules';

/** Read on every use (one indexed row): several API processes share the database, not a cache. */
export async function loadAfterSalesRules(em: EntityManager): Promise<AfterSalesRules> {
  const row = await em.findOne(Setting, KEY);
  return { ...DEFAULT_AFTER_SALES_RULES, ...(row?.value as Partial<AfterSalesRules> | undefined) };
}

export async function saveAfterSalesRules(em: EntityManager, input: AfterSalesRulesInput): Promise<AfterSalesRules> {
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<AfterSalesRules>;
  const next = { ...(await loadAfterSalesRules(em)), ...changes };
  const errors = [];
  if (next.complaintResolveHours < next.complaintRespondHours) {
    errors.push(fieldError('complaintResolveHours', '不能短于响应时限', 'cannot be shorter than the response deadline'));
  }
  if (input.categoryWindows) {
    const ids = input.categoryWindows.map((w) => w.categoryId);
    if (new Set(ids).size !== ids.length) errors.push(fieldError('categoryWindows', '同一类别只能设一次', 'name a category once'));
    const found = await em.count(ProductCategory, { id: { $in: ids } });
    if (found !== new Set(ids).size) errors.push(fieldError('categoryWindows', '包含不存在的类别', 'contains unknown categories'));
    next.categoryWindows = input.categoryWindows.map((w) => ({ categoryId: w.categoryId, returnDays: w.returnDays, exchangeDays: w.exchangeDays }));
  }
  if (errors.length) throw badInput(errors);
  const row = (await em.findOne(Setting, KEY)) ?? em.create(Setting, { key: KEY, value: {} });
  row.value = { ...next };
  return next;
}

/** A category's windows: its own, else its nearest ancestor's, else the defaults (and where they came from). */
export async function returnWindowOf(
  em: EntityManager,
  rules: AfterSalesRules,
  categoryId: string,
): Promise<{ returnDays: number; exchangeDays: number; category: ProductCategory | null }> {
  const byId = new Map(rules.categoryWindows.map((w) => [w.categoryId, w]));
  let id: string | null = categoryId;
  for (let depth = 0; id && depth < 20; depth++) {
    const category: ProductCategory | null = await em.findOne(ProductCategory, id);
    if (!category) break;
    const own = byId.get(category.id);
    if (own) return { returnDays: own.returnDays, exchangeDays: own.exchangeDays, category };
    id = category.parentId;
  }
  return { returnDays: rules.returnDays, exchangeDays: rules.exchangeDays, category: null };
}
