import { Stack } from '@mui/material';
import { NumberInput, TextInput, minValue, required, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { Payer, ServiceOrder } from '../../../../schema/generated/graphql';
import { EnumInput } from '../../common/EnumInput';
import type { AppDataProvider } from '../../dataProvider';
import { OrderFormDialog } from './OrderFormDialog';
import { useOrderSubmit } from './useOrderSubmit';

/** Fees and payer set by hand; the reason is required and kept in the audit log with the change. */
export const FeeOverrideDialog = ({ order, onClose }: { order: ServiceOrder; onClose: () => void }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const submit = useOrderSubmit();
  const fee = (value: unknown) => (value == null || value === '' ? undefined : Number(value));
  return (
    <OrderFormDialog
      title={`${translate('app.order.action.override_fees')} · ${order.number}`}
      submitLabel={translate('ra.action.save')}
      defaultValues={{ labourFee: order.labourFee, visitFee: order.visitFee, partsFee: order.partsFee, payer: order.payer }}
      onSubmit={(values) =>
        submit(
          () =>
            dataProvider.overrideServiceOrderFees(order.id, {
              labourFee: fee(values.labourFee),
              visitFee: fee(values.visitFee),
              partsFee: fee(values.partsFee),
              payer: (values.payer as Payer) ?? undefined,
              reason: String(values.reason),
            }),
          () => {
            notify('app.order.message.saved', { type: 'success' });
            onClose();
          },
        )
      }
      onClose={onClose}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
        <NumberInput source="labourFee" validate={minValue(0)} />
        <NumberInput source="visitFee" validate={minValue(0)} />
        <NumberInput source="partsFee" validate={minValue(0)} />
      </Stack>
      <EnumInput source="payer" enumName="Payer" />
      <TextInput source="reason" validate={required()} helperText="app.order.message.fee_reason_hint" multiline fullWidth />
    </OrderFormDialog>
  );
};
