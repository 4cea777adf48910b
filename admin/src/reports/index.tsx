import { Route } from 'react-router-dom';
import { CommissionPage } from './CommissionPage';
import { FaultParetoPage } from './FaultParetoPage';
import { LeaderboardPage } from './LeaderboardPage';
import { MonthlyReportPage } from './MonthlyReportPage';
import { PartsConsumptionPage } from './PartsConsumptionPage';
import { SatisfactionPage } from './SatisfactionPage';
import { SettlementPage } from './SettlementPage';
import { SlaBreachesPage } from './SlaBreachesPage';
import { StockTurnoverPage } from './StockTurnoverPage';

/** The report pages: path, page, and the menu's label (layout/menuGroups.ts lists them). */
export const REPORT_PAGES = [
  { path: '/reports/monthly', label: 'app.reports.menu.monthly', element: <MonthlyReportPage /> },
  { path: '/reports/settlement', label: 'app.reports.menu.settlement', element: <SettlementPage /> },
  { path: '/reports/commission', label: 'app.reports.menu.commission', element: <CommissionPage /> },
  { path: '/reports/myCommission', label: 'app.reports.menu.myCommission', element: <CommissionPage mine /> },
  { path: '/reports/leaderboard', label: 'app.reports.menu.leaderboard', element: <LeaderboardPage /> },
  { path: '/reports/pareto', label: 'app.reports.menu.pareto', element: <FaultParetoPage /> },
  { path: '/reports/parts', label: 'app.reports.menu.parts', element: <PartsConsumptionPage /> },
  { path: '/reports/turnover', label: 'app.reports.menu.turnover', element: <StockTurnoverPage /> },
  { path: '/reports/satisfaction', label: 'app.reports.menu.satisfaction', element: <SatisfactionPage /> },
  { path: '/reports/sla', label: 'app.reports.menu.sla', element: <SlaBreachesPage /> },
];

export const reportRoutes = REPORT_PAGES.map((p) => <Route key={p.path} path={p.path} element={p.element} />);
