import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { scopeSql } from '../../common/access/scoped';
import { assertMayRead } from '../../common/access/policy';
import type { ServiceContext } from '../../common/service-context';
import { labelledEnum } from '../../graphql/enums';
import { sql, param, raw } from '../query/sql';
import { ServiceOrder } from '../service-order/service-order.entity';
import { andScope, num, period, query, round } from './report-period';
import { MONTH_PATTERN } from './monthly-repair.report';

export enum FaultCodeKind {
  SYMPTOM = 'symptom',
  CAUSE = 'cause',
}
labelledEnum(FaultCodeKind, 'FaultCodeKind', { description: '故障代码类别 Symptom (reported, corrected at completion) or cause (recorded at completion)' });

@InputType({ description: '故障帕累托 Orders received in the months, by symptom or cause code' })
export class FaultParetoFilter {
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN) from!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(MONTH_PATTERN) to?: string;
  @Field(() => FaultCodeKind, { defaultValue: FaultCodeKind.SYMPTOM }) kind: FaultCodeKind = FaultCodeKind.SYMPTOM;
  @Field(() => ID, { nullable: true, description: 'One product (model)' }) @IsOptional() @IsUUID() productId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() categoryId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stationId?: string;
  @Field(() => Int, { nullable: true, description: 'The first N codes (all when not given), at most 200' }) @IsOptional() @IsInt() @Min(1) @Max(200) limit?: number;
}

@ObjectType({ description: '故障帕累托 A code’s count, its share and the running share from the most frequent down' })
export class FaultParetoRow {
  @Field(() => ID) codeId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => Int) count!: number;
  @Field(() => Float) share!: number;
  @Field(() => Float) cumulativeShare!: number;
}

@ObjectType()
export class FaultPareto {
  @Field(() => Int, { description: 'Orders in the period with a code of this kind' }) total!: number;
  @Field(() => Int, { description: 'Orders in the period without one' }) uncoded!: number;
  @Field(() => [FaultParetoRow]) rows!: FaultParetoRow[];
}

export async function faultPareto(sc: ServiceContext, f: FaultParetoFilter): Promise<FaultPareto> {
  assertMayRead(sc.actor, ServiceOrder);
  const p = period(sc, f.from, f.to);
  const column = raw(f.kind === FaultCodeKind.CAUSE ? 'o.cause_code_id' : 'o.symptom_code_id');
  const product = f.productId ? sql` and o.product_id = ${param(f.productId)}` : raw('');
  const category = f.categoryId ? sql` and o.product_id in (select id from product where category_id = ${param(f.categoryId)})` : raw('');
  const station = f.stationId ? sql` and o.station_id = ${param(f.stationId)}` : raw('');
  const scope = andScope(scopeSql(sc, ServiceOrder, 'o'));
  const rows = await query<{ id: string | null; code: string; name: string; name_en: string | null; n: string; cum: string; all_coded: string }>(
    sc,
    sql`
    with g as (
      select ${column} id, count(*) n from service_order o
       where o.created_at >= ${param(p.from)} and o.created_at < ${param(p.to)} ${product} ${category} ${station} ${scope}
       group by 1)
    select g.id, c.code, c.name, c.name_en, g.n,
           sum(g.n) filter (where g.id is not null) over (order by g.id is null, g.n desc, c.code rows unbounded preceding) cum,
           sum(g.n) filter (where g.id is not null) over () all_coded
      from g left join code c on c.id = g.id
     order by g.id is null, g.n desc, c.code`,
  );
  const coded = rows.filter((r) => r.id);
  const total = num(coded[0]?.all_coded);
  const uncoded = num(rows.find((r) => !r.id)?.n);
  const limited = f.limit ? coded.slice(0, f.limit) : coded;
  return {
    total,
    uncoded,
    rows: limited.map((r) => ({
      codeId: r.id!,
      code: r.code,
      name: r.name,
      nameEn: r.name_en,
      count: num(r.n),
      share: round(num(r.n) / total)!,
      cumulativeShare: round(num(r.cum) / total)!,
    })),
  };
}
