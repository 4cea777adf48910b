import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { scopeSql } from '../../common/access/scoped';
import { assertMayRead } from '../../common/access/policy';
import type { ServiceContext } from '../../common/service-context';
import { sql, param, raw } from '../query/sql';
import { ServiceOrder } from '../service-order/service-order.entity';
import { loadServiceRules } from '../settings/service-rules';
import { andScope, num, numOrNull, period, query, round } from './report-period';
import { MONTH_PATTERN } from './monthly-repair.report';

@InputType({ description: '回访满意度 Return visits recorded in the months' })
export class SatisfactionFilter {
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN) from!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(MONTH_PATTERN) to?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stationId?: string;
}

@ObjectType({ description: '回访满意度 A station’s return visits: how many, the average score, each score’s count, the unsatisfied and their rework orders' })
export class SatisfactionRow {
  @Field(() => ID, { nullable: true, description: 'None: the total over every station' }) stationId!: string | null;
  @Field(() => String, { nullable: true }) stationName!: string | null;
  @Field(() => Int) visits!: number;
  @Field(() => Float, { nullable: true }) averageScore!: number | null;
  @Field(() => [Int], { description: 'Visits scored 1, 2, 3, 4, 5' }) scoreCounts!: number[];
  @Field(() => Int, { description: 'Scored at or below the rework threshold of the service rules' }) unsatisfied!: number;
  @Field(() => Float, { nullable: true, description: 'Visits scored 4 or 5 / visits' }) satisfiedRate!: number | null;
  @Field(() => Int, { description: '整改单 Rework orders the unsatisfied visits created' }) reworkOrders!: number;
}

export async function returnVisitSatisfaction(sc: ServiceContext, f: SatisfactionFilter): Promise<SatisfactionRow[]> {
  assertMayRead(sc.actor, ServiceOrder);
  const p = period(sc, f.from, f.to);
  const rules = await loadServiceRules(sc.em);
  const station = f.stationId ? sql` and o.station_id = ${param(f.stationId)}` : raw('');
  const scope = andScope(scopeSql(sc, ServiceOrder, 'o'));
  const rows = await query<Record<string, string | null>>(
    sc,
    sql`
    select o.station_id, s.name station_name, count(*) visits, avg(o.return_visit_score) avg_score,
           count(*) filter (where o.return_visit_score = 1) s1, count(*) filter (where o.return_visit_score = 2) s2,
           count(*) filter (where o.return_visit_score = 3) s3, count(*) filter (where o.return_visit_score = 4) s4,
           count(*) filter (where o.return_visit_score = 5) s5,
           count(*) filter (where o.return_visit_score <= ${param(rules.reworkScoreAtMost)}) unsatisfied,
           count(*) filter (where exists (select 1 from service_order r where r.rework_of_id = o.id)) rework
      from service_order o left join service_station s on s.id = o.station_id
     where o.visited_at >= ${param(p.from)} and o.visited_at < ${param(p.to)} and o.return_visit_score is not null ${station} ${scope}
     group by grouping sets ((o.station_id, s.name, s.code), ())
     order by grouping(o.station_id) desc, s.code`,
  );
  return rows.map((r, i) => {
    const visits = num(r.visits);
    const counts = [num(r.s1), num(r.s2), num(r.s3), num(r.s4), num(r.s5)];
    return {
      // The first row is the grand total (grouping sets put it first by the order above).
      stationId: i === 0 ? null : r.station_id,
      stationName: i === 0 ? null : r.station_name,
      visits,
      averageScore: round(numOrNull(r.avg_score), 2),
      scoreCounts: counts,
      unsatisfied: num(r.unsatisfied),
      satisfiedRate: visits ? round((counts[3] + counts[4]) / visits) : null,
      reworkOrders: num(r.rework),
    };
  });
}
