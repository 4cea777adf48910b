import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CommissionAdjustment } from './commission-adjustment.entity';
import {
  CommissionAdjustmentInput,
  CommissionFilter,
  TechnicianCommission,
  addCommissionAdjustment,
  deleteCommissionAdjustment,
  technicianCommission,
} from './commission.report';
import { FaultPareto, FaultParetoFilter, faultPareto } from './fault-pareto.report';
import { Leaderboard, LeaderboardFilter, LeaderboardWeights, LeaderboardWeightsInput, loadWeights, saveWeights, technicianLeaderboard } from './leaderboard.report';
import { ManagerDashboard, managerDashboard } from './manager-dashboard';
import { MonthlyRepairReport, MonthlyReportFilter, monthlyRepairReport } from './monthly-repair.report';
import { PartsConsumptionFilter, PartsConsumptionRow, partsConsumption } from './parts-consumption.report';
import { SatisfactionFilter, SatisfactionRow, returnVisitSatisfaction } from './satisfaction.report';
import { ManufacturerSettlement, SettlementConfirmInput, SettlementFilter, confirmSettlement, manufacturerSettlement } from './settlement.report';
import { SlaBreachFilter, SlaBreaches, slaBreaches } from './sla-breach.report';
import { StockTurnoverFilter, StockTurnoverRow, stockTurnover } from './stock-turnover.report';
import './report.policy';

/** The reports: each a permission check and a call; the figures are computed in SQL by the report's own file. */
@Resolver()
export class ReportResolver {
  @Authorized('report:read')
  @Query(() => ManagerDashboard, { description: '经理看板 The manager’s month at a glance (the current month when none is given)' })
  managerDashboard(@Arg('month', () => String, { nullable: true }) month: string | undefined, @Ctx() ctx: Context): Promise<ManagerDashboard> {
    return managerDashboard(ctx, month);
  }

  @Authorized('report:read')
  @Query(() => MonthlyRepairReport, { description: '修理月报表 Monthly repair report' })
  monthlyRepairReport(@Arg('filter') filter: MonthlyReportFilter, @Ctx() ctx: Context): Promise<MonthlyRepairReport> {
    return monthlyRepairReport(ctx, filter);
  }

  @Authorized('report:read')
  @Query(() => ManufacturerSettlement, { description: '对厂结算 A manufacturer’s month, line by line (the frozen statement once confirmed)' })
  manufacturerSettlement(@Arg('filter') filter: SettlementFilter, @Ctx() ctx: Context): Promise<ManufacturerSettlement> {
    return manufacturerSettlement(ctx, filter);
  }

  @Authorized('report:write')
  @Mutation(() => ManufacturerSettlement, { description: '确认结算 Confirms a past month’s statement: its orders’ fees and payer are frozen from then on (SETTLED); audited' })
  confirmSettlement(@Arg('input') input: SettlementConfirmInput, @Ctx() ctx: Context): Promise<ManufacturerSettlement> {
    return confirmSettlement(ctx, input);
  }

  // Not report:read: a technician without it reads their own (payScope decides, in the service).
  @Authorized()
  @Query(() => [TechnicianCommission], {
    description: '提成工资 Technician commission, line by line: managers and finance (a station’s: its technicians), a technician their own',
  })
  technicianCommission(@Arg('filter') filter: CommissionFilter, @Ctx() ctx: Context): Promise<TechnicianCommission[]> {
    return technicianCommission(ctx, filter);
  }

  @Authorized('report:write')
  @Mutation(() => CommissionAdjustment, { description: '奖惩 A reward or deduction with its reason (managers); audited' })
  addCommissionAdjustment(@Arg('input') input: CommissionAdjustmentInput, @Ctx() ctx: Context): Promise<CommissionAdjustment> {
    return addCommissionAdjustment(ctx, input);
  }

  @Authorized('report:write')
  @Mutation(() => Boolean, { description: 'Removes a reward or deduction (managers); audited' })
  deleteCommissionAdjustment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteCommissionAdjustment(ctx, id);
  }

  @Authorized('report:read')
  @Query(() => Leaderboard, { description: '赛马场 Technician leaderboard' })
  technicianLeaderboard(@Arg('filter') filter: LeaderboardFilter, @Ctx() ctx: Context): Promise<Leaderboard> {
    return technicianLeaderboard(ctx, filter);
  }

  @Authorized('report:read')
  @Query(() => LeaderboardWeights, { description: '赛马场权重 The weights of the leaderboard’s score' })
  leaderboardWeights(@Ctx() ctx: Context): Promise<LeaderboardWeights> {
    return loadWeights(ctx.em);
  }

  @Authorized('report:write')
  @Mutation(() => LeaderboardWeights, { description: 'Changes the leaderboard’s weights (managers); audited' })
  updateLeaderboardWeights(@Arg('input') input: LeaderboardWeightsInput, @Ctx() ctx: Context): Promise<LeaderboardWeights> {
    return saveWeights(ctx, input);
  }

  @Authorized('report:read')
  @Query(() => FaultPareto, { description: '故障帕累托 Symptom or cause codes by frequency, with running shares' })
  faultPareto(@Arg('filter') filter: FaultParetoFilter, @Ctx() ctx: Context): Promise<FaultPareto> {
    return faultPareto(ctx, filter);
  }

  @Authorized('report:read')
  @Query(() => [PartsConsumptionRow], { description: '配件消耗 Parts used on the orders completed in the months' })
  partsConsumption(@Arg('filter') filter: PartsConsumptionFilter, @Ctx() ctx: Context): Promise<PartsConsumptionRow[]> {
    return partsConsumption(ctx, filter);
  }

  @Authorized('report:read')
  @Query(() => [StockTurnoverRow], { description: '库存金额与周转率 Stock value and turnover per warehouse (not for partners)' })
  stockTurnover(@Arg('filter') filter: StockTurnoverFilter, @Ctx() ctx: Context): Promise<StockTurnoverRow[]> {
    return stockTurnover(ctx, filter);
  }

  @Authorized('report:read')
  @Query(() => [SatisfactionRow], { description: '回访满意度 Return-visit satisfaction per station (the first row: all stations)' })
  returnVisitSatisfaction(@Arg('filter') filter: SatisfactionFilter, @Ctx() ctx: Context): Promise<SatisfactionRow[]> {
    return returnVisitSatisfaction(ctx, filter);
  }

  @Authorized('report:read')
  @Query(() => SlaBreaches, { description: '跳闸信息 SLA breaches by station and distance band, with the breached orders' })
  slaBreaches(@Arg('filter') filter: SlaBreachFilter, @Ctx() ctx: Context): Promise<SlaBreaches> {
    return slaBreaches(ctx, filter);
  }
}
