import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, Max, Min } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Setting } from './setting.entity';

/** Thresholds of the service-order rules (SLA, distance bands, repeat repair, 三包 exchange, rework). */
@ObjectType({ description: '服务规则 Service rules: configuration, not code' })
export class ServiceRules {
  @Field(() => Float, { description: '近距离上限 Near band upper limit (km)' })
  nearKm!: number;

  @Field(() => Float, { description: '中距离上限 Middle band upper limit (km); beyond is far' })
  middleKm!: number;

  @Field(() => Int, { description: 'SLA hours for the near band' })
  nearHours!: number;

  @Field(() => Int, { description: 'SLA hours for the middle band' })
  middleHours!: number;

  @Field(() => Int, { description: 'SLA hours for the far band (also used until a station is chosen)' })
  farHours!: number;

  @Field(() => Float, { description: 'SLA hours are multiplied by this for VIP customers' })
  vipFactor!: number;

  @Field(() => Float, { description: 'SLA hours are multiplied by this for contract customers' })
  contractFactor!: number;

  @Field(() => Int, { description: '重修期 A new order within this many days of a completed one is a repeat repair' })
  repeatRepairDays!: number;

  @Field(() => Int, { description: '三包: after this many repairs for the same symptom, a failing unit is offered an exchange' })
  exchangeAfterRepairs!: number;

  @Field(() => Int, { description: 'A return-visit score at or below this creates a rework order (整改单)' })
  reworkScoreAtMost!: number;
}

export const DEFAULT_SERVICE_RULES: ServiceRules = {
  nearKm: 5,
  middleKm: 50,
  nearHours: 24,
  middleHours: 48,
  farHours: 72,
  vipFactor: 0.5,
  contractFactor: 0.75,
  repeatRepairDays: 90,
  exchangeAfterRepairs: 2,
  reworkScoreAtMost: 2,
};

@InputType()
export class ServiceRulesInput {
  @Field(() => Float, { nullable: true }) @Min(0.1) @Max(1000) nearKm?: number;
  @Field(() => Float, { nullable: true }) @Min(0.1) @Max(5000) middleKm?: number;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(1) @Max(720) nearHours?: number;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(1) @Max(720) middleHours?: number;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(1) @Max(720) farHours?: number;
  @Field(() => Float, { nullable: true }) @Min(0.1) @Max(1) vipFactor?: number;
  @Field(() => Float, { nullable: true }) @Min(0.1) @Max(1) contractFactor?: number;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(1) @Max(3650) repeatRepairDays?: number;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(1) @Max(10) exchangeAfterRepairs?: number;
  @Field(() => Int, { nullable: true }) @IsInt() @Min(0) @Max(5) reworkScoreAtMost?: number;
}

const KEY = 'service_rules';

/** Read on every use (one indexed row): several API processes share the database, not a cache. */
export async function loadServiceRules(em: EntityManager): Promise<ServiceRules> {
  const row = await em.findOne(Setting, KEY);
  return { ...DEFAULT_SERVICE_RULES, ...(row?.value as Partial<ServiceRules> | undefined) };
}

export async function saveServiceRules(em: EntityManager, changes: Partial<ServiceRules>): Promise<ServiceRules> {
  const current = await loadServiceRules(em);
  const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
  const row = (await em.findOne(Setting, KEY)) ?? em.create(Setting, { key: KEY, value: {} });
  row.value = { ...next };
  return next as ServiceRules;
}
