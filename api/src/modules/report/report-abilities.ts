import { Ctx, Field, FieldResolver, ObjectType, Resolver } from 'type-graphql';
import { hasRole, isPartner } from '../../common/access/actors';
import type { Context } from '../../graphql/context';
import { labelledEnum } from '../../graphql/enums';
import type { Actor } from '../auth/actor';
import { Viewer } from '../auth/auth.resolver';
import { Role } from '../auth/role';
import { payScope } from '../station/station.policy';
import './report.labels';

/** A person of the office (not tied to a station, not a partner) with one of these roles. */
const officeWith = (a: Actor | undefined, ...roles: Role[]) => !!a && !isPartner(a) && !a.stationId && hasRole(a, ...roles);

/** Managers and finance reviewers of the office confirm statements; station staff and partners never. */
export const mayConfirmSettlement = (a: Actor | undefined) => officeWith(a, Role.MANAGER, Role.FINANCE_REVIEWER);
/** Managers of the office enter rewards and deductions (finance reads them). */
export const mayAdjustCommission = (a: Actor | undefined) => officeWith(a, Role.MANAGER);
/** Managers of the office set the leaderboard's weights. */
export const mayChangeLeaderboardWeights = (a: Actor | undefined) => officeWith(a, Role.MANAGER);

/** Whose commission the caller reads (the technician policy's `payScope`). */
export enum CommissionReach {
  ALL = 'all',
  STATION = 'station',
  OWN = 'own',
}
labelledEnum(CommissionReach, 'CommissionReach', { description: '提成查看范围 Whose commission the caller reads' });

export function commissionReach(a: Actor | undefined): CommissionReach | null {
  const scope = payScope(a);
  if (scope === null) return null;
  if (scope === undefined) return CommissionReach.ALL;
  return a?.stationId && 'station' in (scope as object) ? CommissionReach.STATION : CommissionReach.OWN;
}

@ObjectType({ description: 'What the caller may do with the reports beyond reading them: the panel shows only these' })
export class ReportAbilities {
  @Field(() => CommissionReach, { nullable: true, description: 'Whose commission technicianCommission answers (none: FORBIDDEN)' }) commission!: CommissionReach | null;
  @Field({ description: 'confirmSettlement' }) confirmSettlement!: boolean;
  @Field({ description: 'addCommissionAdjustment, deleteCommissionAdjustment' }) adjustCommission!: boolean;
  @Field({ description: 'updateLeaderboardWeights' }) changeLeaderboardWeights!: boolean;
}

/** The same rules the report services check, for the panel's menu and buttons (it never copies them). */
@Resolver(() => Viewer)
export class ViewerReportFields {
  @FieldResolver(() => ReportAbilities)
  reportAbilities(@Ctx() ctx: Context): ReportAbilities {
    const a = ctx.actor;
    return {
      commission: commissionReach(a),
      confirmSettlement: mayConfirmSettlement(a) && !!a?.permissions.has('report:write'),
      adjustCommission: mayAdjustCommission(a) && !!a?.permissions.has('report:write'),
      changeLeaderboardWeights: mayChangeLeaderboardWeights(a) && !!a?.permissions.has('report:write'),
    };
  }
}
