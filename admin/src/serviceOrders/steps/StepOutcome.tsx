import { Alert, Button, DialogActions, DialogContent, DialogTitle, List, ListItem } from '@mui/material';
import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import type { StepResult } from '../../dataProvider/operations';

/** What a step wants the user to see before moving on: dispatch warnings, or the rework order it opened. */
export const StepOutcome = ({ title, outcome, onClose }: { title: string; outcome: StepResult; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  return (
    <>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {outcome.warnings.length > 0 && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('app.order.message.warnings')}
            <List dense disablePadding>
              {outcome.warnings.map((w) => (
                <ListItem key={w.message} disableGutters data-warning={w.code}>
                  {locale === 'en' ? w.messageEn : w.message}
                </ListItem>
              ))}
            </List>
          </Alert>
        )}
        {outcome.rework && (
          <Alert severity="info">
            {translate('app.order.message.rework_created', { number: outcome.rework.number })}{' '}
            <Link to={createPath({ resource: 'serviceOrders', id: outcome.rework.id, type: 'show' })} onClick={onClose}>
              {translate('app.order.message.open_rework')}
            </Link>
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} autoFocus>
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </>
  );
};
