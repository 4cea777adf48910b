import { useState } from 'react';
import { FormControlLabel, FormHelperText, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { ValidationError, useInput, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { Caller, CallerUnit } from '../../dataProvider/operations';
import { Section } from '../Section';
import { ProductSerialFields } from './ProductSerialFields';
import { UnitHistory } from './UnitHistory';
import { WarrantyChip } from './WarrantyChip';

const OTHER = 'other';

const UnitLabel = ({ unit }: { unit: CallerUnit }) => (
  <Stack spacing={0.25} sx={{ py: 0.5 }}>
    <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
      <strong>{unit.product.modelNumber}</strong>
      <span>{unit.product.name}</span>
      <Typography variant="body2" color="text.secondary" component="span">
        SN {unit.serialNumber}
      </Typography>
      <WarrantyChip inWarranty={unit.inWarranty} warrantyEndsOn={unit.warrantyEndsOn} />
    </Stack>
    <UnitHistory orders={unit.serviceOrders} />
  </Stack>
);

/**
 * The product the call is about: one of the caller's registered units (the only one is picked at
 * once), or another product by model and serial number.
 */
export const UnitSection = ({ caller }: { caller: Caller | null }) => {
  const translate = useTranslate();
  const units = caller?.productUnits ?? [];
  const { setValue } = useFormContext();
  const { field, fieldState } = useInput({
    source: 'productUnitId',
    validate: (value: unknown, values: Record<string, unknown>) =>
      value || values.productId ? undefined : 'app.order.intake.unit_required',
  });
  const [other, setOther] = useState(units.length === 0);

  const choose = (value: string) => {
    const unit = units.find((u) => u.id === value);
    setOther(!unit);
    field.onChange(unit?.id ?? null);
    // The product (for the symptom codes of its category) goes with the unit.
    setValue('productId', unit?.product.id ?? null, { shouldDirty: true });
  };

  return (
    <Section title="app.order.intake.units">
      {units.length > 0 && (
        <RadioGroup
          name="productUnitChoice"
          value={other ? OTHER : ((field.value as string | null) ?? '')}
          onChange={(event) => choose(event.target.value)}
          aria-label={translate('app.order.intake.units')}
        >
          {units.map((unit) => (
            <FormControlLabel key={unit.id} value={unit.id} control={<Radio />} label={<UnitLabel unit={unit} />} />
          ))}
          <FormControlLabel value={OTHER} control={<Radio />} label={translate('app.order.intake.other_product')} />
        </RadioGroup>
      )}
      {other && <ProductSerialFields callerId={caller?.id} />}
      {fieldState.error && !other && (
        <FormHelperText error>
          <ValidationError error={fieldState.error.message ?? 'ra.validation.required'} />
        </FormHelperText>
      )}
    </Section>
  );
};
