import CheckIcon from '@mui/icons-material/Check';
import StarIcon from '@mui/icons-material/Star';
import {
  Alert,
  Checkbox,
  Chip,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate, type Identifier } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';

interface Props {
  orderId: Identifier;
  stationId?: string | null;
  /** The work day (the appointment's), when known; else the API takes the order's. */
  date?: string;
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** 智能派工: the station's technicians, best first, with that day's load; ticking them in order makes the first the lead. */
export const TechnicianSuggestions = ({ orderId, stationId, date, selected, onChange }: Props) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const {
    data: suggestions,
    isPending,
    error,
  } = useQuery({
    queryKey: ['technicianSuggestions', orderId, stationId, date],
    queryFn: async () => (await dataProvider.technicianSuggestions(orderId, stationId!, date)).data,
    enabled: !!stationId,
  });
  const t = (key: string) => translate(`app.order.dispatch.${key}`);

  if (!stationId) return <Alert severity="info">{t('choose_station')}</Alert>;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (isPending) return <LinearProgress />;
  if (suggestions.length === 0) return <Alert severity="warning">{t('no_technicians')}</Alert>;

  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  return (
    <>
      <Typography variant="subtitle2">{t('suggestions')}</Typography>
      <Typography variant="caption" color="text.secondary">
        {t('hint')}
      </Typography>
      <Table size="small" sx={{ mb: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>{t('technician')}</TableCell>
            <TableCell>{translate('resources.technicians.fields.status')}</TableCell>
            <TableCell align="right">{t('load')}</TableCell>
            <TableCell align="center">{t('region')}</TableCell>
            <TableCell align="center">{t('default')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {suggestions.map((s) => {
            const checked = selected.includes(s.technician.id);
            return (
              <TableRow
                key={s.technician.id}
                hover
                selected={checked}
                onClick={() => toggle(s.technician.id)}
                sx={{ cursor: 'pointer' }}
              >
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={checked}
                    onClick={(event) => event.stopPropagation()}
                    onChange={() => toggle(s.technician.id)}
                    slotProps={{ input: { 'aria-label': s.technician.name } }}
                  />
                </TableCell>
                <TableCell>
                  {s.technician.name}{' '}
                  <Typography component="span" variant="caption" color="text.secondary">
                    {s.technician.code}
                  </Typography>
                  {selected[0] === s.technician.id && <Chip size="small" color="primary" label={t('lead')} sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{translate(`enums.TechnicianStatus.${s.technician.status}`)}</TableCell>
                <TableCell align="right" sx={s.overloaded ? { color: 'error.main', fontWeight: 600 } : undefined}>
                  {s.load} / {s.dailyOrderLimit}
                  {s.overloaded && <Chip size="small" color="error" variant="outlined" label={t('overloaded')} sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell align="center">{s.regionMatch && <CheckIcon fontSize="small" color="success" />}</TableCell>
                <TableCell align="center">{s.isDefault && <StarIcon fontSize="small" color="warning" />}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
};
