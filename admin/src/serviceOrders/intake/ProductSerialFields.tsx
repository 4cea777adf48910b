import { Alert, Stack } from '@mui/material';
import { TextInput, required, useTranslate } from 'react-admin';
import { DateInput } from '../../common/DateInputs';
import { useWatch } from 'react-hook-form';
import { ProductInput } from '../../productUnits/ProductInput';
import { UnitHistory } from './UnitHistory';
import { useUnitLookup } from './useUnitLookup';
import { WarrantyChip } from './WarrantyChip';

/**
 * A unit not in the caller's list: the model number fills in the name, the serial number shows
 * the registered unit's warranty and history, or asks the purchase date to register it.
 */
export const ProductSerialFields = ({ callerId }: { callerId?: string }) => {
  const translate = useTranslate();
  const productId = useWatch({ name: 'productId' }) as string | undefined;
  const serialNumber = useWatch({ name: 'serialNumber' }) as string | undefined;
  const { data: unit, isSuccess } = useUnitLookup(productId, serialNumber);
  return (
    <>
      <ProductInput />
      <TextInput source="serialNumber" validate={required()} fullWidth />
      {isSuccess && unit && (
        <Alert severity={unit.inWarranty ? 'success' : 'info'} sx={{ mb: 1 }} data-testid="unit-lookup">
          <Stack spacing={0.5}>
            <Stack direction="row" spacing={1} alignItems="center">
              <span>{translate('app.order.intake.unit_registered_short')}</span>
              <WarrantyChip inWarranty={unit.inWarranty} warrantyEndsOn={unit.warrantyEndsOn} />
            </Stack>
            {unit.owner && unit.owner.id !== callerId && (
              <span>{translate('app.order.intake.owner_differs', { name: unit.owner.name })}</span>
            )}
            <UnitHistory orders={unit.serviceOrders} />
          </Stack>
        </Alert>
      )}
      {isSuccess && !unit && (
        <>
          <Alert severity="info" sx={{ mb: 1 }} data-testid="unit-lookup">
            {translate('app.order.intake.unit_new')}
          </Alert>
          <DateInput source="purchaseDate" />
        </>
      )}
    </>
  );
};
