import { useState, type KeyboardEvent } from 'react';
import { Grid, Stack, Typography } from '@mui/material';
import { Create, Form, SaveButton, Toolbar, useLocation, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { Caller } from '../../dataProvider/operations';
import { ArrangementSection } from './ArrangementSection';
import { CallerSection } from './CallerSection';
import { FaultSection } from './FaultSection';
import { toIntakeInput } from './intakeInput';
import { UnitSection } from './UnitSection';

/** The caller's units to choose from, or the product of another unit when they have none registered. */
function focusUnitChoice(): void {
  const next =
    document.querySelector<HTMLElement>('input[name="productUnitChoice"]:checked') ??
    document.querySelector<HTMLElement>('input[name="productUnitChoice"]') ??
    document.querySelector<HTMLElement>('input#productId');
  next?.focus();
}

const IntakeFields = ({ initialPhone }: { initialPhone: string }) => {
  const { setValue, setFocus } = useFormContext();
  const [phone, setPhone] = useState(initialPhone);
  const [caller, setCaller] = useState<Caller | null>(null);
  const [newCustomer, setNewCustomer] = useState(false);

  const pick = (picked: Caller | null) => {
    setCaller(picked);
    setNewCustomer(false);
    setValue('customerId', picked?.id ?? null, { shouldDirty: true, shouldValidate: !!picked });
    // The only unit is the one the call is about; otherwise the user picks one.
    const only = picked?.productUnits.length === 1 ? picked.productUnits[0] : undefined;
    setValue('productUnitId', only?.id ?? null, { shouldDirty: true });
    setValue('productId', only?.product.id ?? null, { shouldDirty: true });
    // The phone field goes away with the pick: focus moves on to the next field, not the page body.
    if (picked) setTimeout(() => (only ? setFocus('reportedSymptom') : focusUnitChoice()));
  };

  const startNewCustomer = (on: boolean) => {
    setNewCustomer(on);
    setValue('customerId', null);
  };

  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <CallerSection
            phone={phone}
            onPhoneChange={setPhone}
            caller={caller}
            onPick={pick}
            newCustomer={newCustomer}
            onNewCustomer={startNewCustomer}
          />
          {/* Keyed by caller: another caller starts the unit choice afresh. */}
          <UnitSection key={caller?.id ?? (newCustomer ? 'new' : 'none')} caller={caller} />
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <FaultSection />
          <ArrangementSection />
        </Stack>
      </Grid>
    </Grid>
  );
};

const IntakeToolbar = () => {
  const translate = useTranslate();
  return (
    <Toolbar>
      <SaveButton label="app.order.intake.submit" alwaysEnable />
      <Typography variant="caption" color="text.secondary" sx={{ ml: 2 }}>
        {translate('app.order.intake.submit_hint')}
      </Typography>
    </Toolbar>
  );
};

/** Ctrl+Enter submits from anywhere in the form, multi-line inputs included. */
const submitOnCtrlEnter = (event: KeyboardEvent<HTMLDivElement>) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    (event.target as HTMLElement).closest('form')?.requestSubmit();
  }
};

/**
 * 接件, built for a call: the number finds the caller and their units, the symptom code list follows
 * the product, everything else has sensible defaults. `?phone=` pre-fills the number (for a
 * telephone system that opens the page on an incoming call).
 */
export const ServiceOrderCreate = () => {
  const { search } = useLocation();
  const initialPhone = new URLSearchParams(search).get('phone') ?? '';
  return (
    <Create redirect="show" transform={toIntakeInput} title="app.menu.intake">
      <Form>
        <div onKeyDown={submitOnCtrlEnter}>
          <IntakeFields initialPhone={initialPhone} />
          <IntakeToolbar />
        </div>
      </Form>
    </Create>
  );
};
