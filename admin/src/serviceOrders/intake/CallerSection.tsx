import { useRef, type KeyboardEvent } from 'react';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  Alert,
  Box,
  Button,
  Chip,
  FormHelperText,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  Stack,
  TextField,
} from '@mui/material';
import { ValidationError, useInput, useTranslate } from 'react-admin';
import type { Caller } from '../../dataProvider/operations';
import { Section } from '../Section';
import { StatusChip } from '../StatusChip';
import { CallerCard } from './CallerCard';
import { NewCustomerFields } from './NewCustomerFields';
import { MIN_DIGITS, useCallers } from './useCallers';

interface Props {
  phone: string;
  onPhoneChange: (phone: string) => void;
  caller: Caller | null;
  onPick: (caller: Caller | null) => void;
  newCustomer: boolean;
  onNewCustomer: (on: boolean) => void;
}

const CallerOption = ({ caller, onPick }: { caller: Caller; onPick: (caller: Caller) => void }) => {
  const translate = useTranslate();
  const latest = caller.serviceOrders[0];
  return (
    <ListItemButton onClick={() => onPick(caller)} divider>
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} alignItems="center" component="span">
            <strong>{caller.name}</strong>
            <span>{caller.mobile ?? caller.phones[0]}</span>
            {caller.serviceLevel !== 'NORMAL' && (
              <Chip size="small" color="secondary" label={translate(`enums.ServiceLevel.${caller.serviceLevel}`)} />
            )}
          </Stack>
        }
        secondary={
          <Stack direction="row" spacing={1} alignItems="center" component="span" useFlexGap flexWrap="wrap">
            <span>{caller.address}</span>
            <span>· {caller.productUnits.map((u) => u.product.modelNumber).join('、')}</span>
            {latest && (
              <>
                <span>· {latest.number}</span>
                <StatusChip status={latest.status} />
              </>
            )}
          </Stack>
        }
        slotProps={{ secondary: { component: 'span' } }}
      />
    </ListItemButton>
  );
};

/**
 * 来电客户: the incoming number finds the caller as it is typed; Enter takes the first match, the
 * down arrow moves into the matches. Or the caller is new and is filled in here.
 */
export const CallerSection = ({ phone, onPhoneChange, caller, onPick, newCustomer, onNewCustomer }: Props) => {
  const translate = useTranslate();
  const { callers, searching, digits } = useCallers(phone);
  const results = useRef<HTMLUListElement>(null);
  const { fieldState } = useInput({
    source: 'customerId',
    validate: (value: unknown, values: { customer?: { name?: string } }) =>
      value || values.customer?.name ? undefined : 'app.order.intake.customer_required',
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      // Not the form's submit: Enter here means "this caller".
      event.preventDefault();
      if (callers[0]) onPick(callers[0]);
    } else if (event.key === 'ArrowDown' && callers.length > 0) {
      event.preventDefault();
      results.current?.querySelector<HTMLElement>('[role="button"]')?.focus();
    }
  };

  return (
    <Section title="app.order.intake.caller">
      {caller ? (
        <CallerCard caller={caller} onChange={() => onPick(null)} />
      ) : (
        <>
          <TextField
            label={translate('app.order.intake.phone')}
            value={phone}
            onChange={(event) => onPhoneChange(event.target.value)}
            onKeyDown={onKeyDown}
            helperText={translate('app.order.intake.phone_hint')}
            autoFocus={!newCustomer}
            fullWidth
            slotProps={{ htmlInput: { inputMode: 'tel', autoComplete: 'off', name: 'phoneLookup' } }}
          />
          <Box sx={{ height: 4 }}>{searching && <LinearProgress />}</Box>
          {callers.length > 0 && (
            <List dense ref={results} aria-label={translate('app.order.intake.caller')}>
              {callers.map((c) => (
                <CallerOption key={c.id} caller={c} onPick={onPick} />
              ))}
            </List>
          )}
          {!searching && digits.length >= MIN_DIGITS && callers.length === 0 && (
            <Alert severity="info" sx={{ my: 1 }}>
              {translate('app.order.intake.no_callers')}
            </Alert>
          )}
          {newCustomer ? (
            <Box sx={{ mt: 2 }}>
              <NewCustomerFields mobile={digits} />
              <Button size="small" onClick={() => onNewCustomer(false)}>
                {translate('app.order.intake.existing_customer')}
              </Button>
            </Box>
          ) : (
            <Button startIcon={<PersonAddIcon />} onClick={() => onNewCustomer(true)} sx={{ mt: 1 }}>
              {translate('app.order.intake.new_customer')}
            </Button>
          )}
          {fieldState.error && !newCustomer && (
            <FormHelperText error>
              <ValidationError error={fieldState.error.message ?? 'ra.validation.required'} />
            </FormHelperText>
          )}
        </>
      )}
    </Section>
  );
};
