import type { ReactNode } from 'react';
import { Box, Card, CardActionArea, CardContent, Grid, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useCreatePath, useDataProvider, useTranslate, Link } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';

interface Tile {
  key: string;
  count: number;
  to: string;
  /** Needs acting on now (shown in colour). */
  urgent?: boolean;
}

const TileCard = ({ tile, label }: { tile: Tile; label: ReactNode }) => (
  <Card variant="outlined" sx={{ height: '100%', borderColor: tile.urgent && tile.count ? 'warning.main' : undefined }}>
    <CardActionArea component={Link} to={tile.to} sx={{ height: '100%' }} data-work={tile.key}>
      <CardContent>
        <Typography variant="h4" component="p" color={tile.count ? (tile.urgent ? 'warning.main' : 'primary') : 'text.secondary'}>
          {tile.count}
        </Typography>
        <Typography variant="body2">{label}</Typography>
      </CardContent>
    </CardActionArea>
  </Card>
);

/**
 * 我的工作: where a parts keeper lands: the documents waiting for their step, late returns and
 * the shortage list, each a link to the filtered list.
 */
export const StockWorkPage = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, isPending } = useQuery({ queryKey: ['stockWork'], queryFn: async () => (await dataProvider.stockWork()).data });
  const list = (resource: string, filter: Record<string, unknown>) => `${createPath({ resource, type: 'list' })}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  const n = (key: string) => data?.[key]?.total ?? 0;
  const tiles: Tile[] = data
    ? [
        { key: 'requisitionsToIssue', count: n('requisitionsToIssue'), to: list('requisitions', { status: 'PROCESSING' }), urgent: true },
        { key: 'stockInsToReceive', count: n('stockInsToReceive'), to: list('stockIns', { status: 'APPLIED' }), urgent: true },
        { key: 'transfersInTransit', count: n('transfersInTransit'), to: list('stockTransfers', { status: 'IN_TRANSIT' }) },
        { key: 'transfersToShip', count: n('transfersToShip'), to: list('stockTransfers', { status: 'APPLIED' }), urgent: true },
        { key: 'stockOutsToProcess', count: n('stockOutsToProcess'), to: list('stockOuts', { statuses: ['APPLIED', 'PROCESSING'] }) },
        { key: 'borrowingsToLend', count: n('borrowingsToLend'), to: list('borrowings', { status: 'APPLIED' }), urgent: true },
        { key: 'purchaseOrdersToPlace', count: n('purchaseOrdersToPlace'), to: list('purchaseOrders', { status: 'APPLIED' }), urgent: true },
        { key: 'purchaseOrdersOrdering', count: n('purchaseOrdersOrdering'), to: list('purchaseOrders', { status: 'ORDERING' }) },
        { key: 'stocktakesOpen', count: n('stocktakesOpen'), to: list('stocktakes', { status: 'OPEN' }) },
        { key: 'requisitionsToApprove', count: n('requisitionsToApprove'), to: list('requisitions', { status: 'APPLIED' }) },
        { key: 'lateRequisitions', count: n('lateRequisitions'), to: '/lateReturns', urgent: true },
        { key: 'shortages', count: data.stockShortages.length, to: '/stockShortages', urgent: true },
      ]
    : [];
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.menu.stockWork" />
      {isPending && <LinearProgress />}
      <Grid container spacing={2}>
        {tiles.map((tile) => (
          <Grid key={tile.key} size={{ xs: 12, sm: 6, md: 4, lg: 3 }}>
            <TileCard tile={tile} label={translate(`app.stock.work.${tile.key}`)} />
          </Grid>
        ))}
      </Grid>
    </Box>
  );
};
