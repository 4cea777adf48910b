import { Alert, Box, Card, CardActionArea, CardContent, CircularProgress, Grid, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { ManagerMonth } from '../reports/ManagerMonth';
import { IntakeChart } from './IntakeChart';
import { countLink, type Count } from './dashboardLinks';
import { useOrderDashboard } from './useOrderDashboard';

const CARDS: Array<{ count: Count; color?: string }> = [
  { count: 'overdue', color: 'error.main' },
  { count: 'dueToday', color: 'warning.main' },
  { count: 'awaitingParts' },
  { count: 'unassigned' },
  { count: 'receivedToday' },
];

/**
 * 首页: what a dispatcher or manager acts on now, each count opening the list it counts (in the
 * caller's scope, "today" being the business day), and the last 14 days' intake.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { data, error, isPending } = useOrderDashboard();
  const { permissions = [] } = usePermissions<string[]>();
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.menu.dashboard" />
      {isPending && <CircularProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {data && (
        <>
          <Grid container spacing={2}>
            {CARDS.map(({ count, color }) => (
              <Grid key={count} size={{ xs: 12, sm: 6, md: 4, lg: 2.4 }}>
                <Card>
                  <CardActionArea component={Link} to={countLink(count, data.today)} data-count={count}>
                    <CardContent>
                      <Typography variant="body2" color="text.secondary">
                        {translate(`app.dashboard.${count}`)}
                      </Typography>
                      <Typography variant="h4" component="p" sx={{ color: data[count] > 0 ? color : undefined }}>
                        {data[count]}
                      </Typography>
                    </CardContent>
                  </CardActionArea>
                </Card>
              </Grid>
            ))}
          </Grid>
          <Card sx={{ mt: 2 }}>
            <CardContent>
              <Typography variant="subtitle1">{translate('app.dashboard.intake_chart')}</Typography>
              <IntakeChart days={data.intakeByDay} />
            </CardContent>
          </Card>
          {permissions.includes('report:read') && <ManagerMonth />}
        </>
      )}
    </Box>
  );
};
