import { Fragment, type ReactElement } from 'react';
import AddIcCallIcon from '@mui/icons-material/AddIcCall';
import AlarmIcon from '@mui/icons-material/Alarm';
import AssignmentIcon from '@mui/icons-material/Assignment';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DashboardIcon from '@mui/icons-material/Dashboard';
import PendingActionsIcon from '@mui/icons-material/PendingActions';
import TuneIcon from '@mui/icons-material/Tune';
import WorkIcon from '@mui/icons-material/Work';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import EngineeringIcon from '@mui/icons-material/Engineering';
import AssessmentIcon from '@mui/icons-material/Assessment';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import PaymentsIcon from '@mui/icons-material/Payments';
import AccountBoxIcon from '@mui/icons-material/AccountBox';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import BarChartIcon from '@mui/icons-material/BarChart';
import BuildIcon from '@mui/icons-material/Build';
import InventoryIcon from '@mui/icons-material/Inventory';
import SentimentSatisfiedIcon from '@mui/icons-material/SentimentSatisfied';
import TimerOffIcon from '@mui/icons-material/TimerOff';
import { Badge, ListSubheader } from '@mui/material';
import { useOrderDashboard } from '../dashboard/useOrderDashboard';
import { Menu as RaMenu, useLocation, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import { isAllowed } from '../permissions';
import { MENU_GROUPS, type MenuPage } from './menuGroups';

const PAGE_ICONS: Record<string, ReactElement> = {
  '/': <DashboardIcon />,
  '/serviceOrders/create': <AddIcCallIcon />,
  '/serviceOrders': <AssignmentIcon />,
  '/serviceOrders/overdue': <AlarmIcon />,
  '/awaitingParts': <PendingActionsIcon />,
  '/serviceRules': <TuneIcon />,
  '/queries': <QueryStatsIcon />,
  '/imports': <UploadFileIcon />,
  '/stockWork': <WorkIcon />,
  '/stockShortages': <ReportProblemIcon />,
  '/lateReturns': <AssignmentLateIcon />,
  '/technicianHoldings': <EngineeringIcon />,
  '/reports/monthly': <AssessmentIcon />,
  '/reports/settlement': <AccountBalanceIcon />,
  '/reports/commission': <PaymentsIcon />,
  '/reports/myCommission': <AccountBoxIcon />,
  '/reports/leaderboard': <EmojiEventsIcon />,
  '/reports/pareto': <BarChartIcon />,
  '/reports/parts': <BuildIcon />,
  '/reports/turnover': <InventoryIcon />,
  '/reports/satisfaction': <SentimentSatisfiedIcon />,
  '/reports/sla': <TimerOffIcon />,
};

const within = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

/**
 * Only what the user may read is listed; a group with nothing left disappears. Of pages nested in
 * one another (the order list, its intake and overdue pages) only the deepest open one is marked.
 */
export const Menu = () => {
  const { permissions = [] } = usePermissions<string[]>();
  const [open] = useSidebarState();
  const translate = useTranslate();
  const { pathname } = useLocation();
  const pages = MENU_GROUPS.flatMap((group) => group.pages ?? []);
  // The overdue count beside its menu item (the dashboard's query, refreshed every minute).
  const { data: counts } = useOrderDashboard(isAllowed(permissions, 'serviceOrders', 'list'));
  const icon = (page: MenuPage) =>
    page.path === '/serviceOrders/overdue' && counts?.overdue ? (
      <Badge badgeContent={counts.overdue} color="error" max={999} data-testid="overdue-count">
        {PAGE_ICONS[page.path]}
      </Badge>
    ) : (
      PAGE_ICONS[page.path]
    );
  const current = pages.filter((page) => within(pathname, page.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const pageItem = (page: MenuPage) => (
    <RaMenu.Item
      key={page.path}
      to={page.path}
      primaryText={page.label}
      leftIcon={icon(page)}
      keyboardShortcut={page.shortcut}
      // react-admin marks every item whose path starts the URL; unmark the shallower ones.
      sx={page !== current ? { '&.RaMenuItemLink-active': { color: 'text.secondary' } } : undefined}
    />
  );
  return (
    <RaMenu>
      {MENU_GROUPS.map((group) => {
        const visiblePages = (group.pages ?? []).filter((page) => isAllowed(permissions, page.resource, page.action));
        const visible = (group.resources ?? []).filter((resource) => isAllowed(permissions, resource, 'list'));
        if (visiblePages.length === 0 && visible.length === 0) return null;
        return (
          <Fragment key={group.label}>
            {open && (
              <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
                {translate(group.label)}
              </ListSubheader>
            )}
            {visiblePages.map(pageItem)}
            {visible.map((resource) => (
              <RaMenu.ResourceItem key={resource} name={resource} />
            ))}
          </Fragment>
        );
      })}
    </RaMenu>
  );
};
