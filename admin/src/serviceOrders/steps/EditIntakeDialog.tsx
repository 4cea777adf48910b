import { Stack } from '@mui/material';
import {
  BooleanInput,
  TextInput,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import { DateTimeInput } from '../../common/DateInputs';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { EnumInput } from '../../common/EnumInput';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';
import { CodeInput } from '../CodeInput';
import { OrderFormDialog } from './OrderFormDialog';
import { useOrderSubmit } from './useOrderSubmit';

const FIELDS = [
  'contactName',
  'contactPhone',
  'address',
  'regionId',
  'appointmentStart',
  'appointmentEnd',
  'reportedSymptom',
  'symptomCodeId',
  'customerRequest',
  'onSite',
  'internalNote',
] as const;

/** Intake details a caller corrects (contact, appointment, symptom) until the repair starts; only changes are sent. */
export const EditIntakeDialog = ({ order, onClose }: { order: ServiceOrder; onClose: () => void }) => {
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const submit = useOrderSubmit();
  const current = Object.fromEntries(FIELDS.map((field) => [field, order[field]]));
  return (
    <OrderFormDialog
      title={`${translate('app.order.action.edit_intake')} · ${order.number}`}
      submitLabel={translate('ra.action.save')}
      defaultValues={current}
      onSubmit={(values) =>
        submit(
          () => dataProvider.update('serviceOrders', { id: order.id, data: values, previousData: current }),
          () => {
            notify('app.order.message.saved', { type: 'success' });
            onClose();
          },
        )
      }
      onClose={onClose}
      maxWidth="md"
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
        <TextInput source="contactName" />
        <TextInput source="contactPhone" />
      </Stack>
      <TextInput source="address" fullWidth />
      <ReferenceAutocomplete source="regionId" reference="regions" />
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
        <DateTimeInput source="appointmentStart" />
        <DateTimeInput source="appointmentEnd" />
      </Stack>
      <TextInput source="reportedSymptom" multiline fullWidth />
      <CodeInput source="symptomCodeId" kind="FAULT_SYMPTOM" categoryId={order.product?.categoryId} fullWidth />
      <EnumInput source="customerRequest" enumName="CustomerRequest" />
      <BooleanInput source="onSite" />
      <TextInput source="internalNote" multiline fullWidth />
    </OrderFormDialog>
  );
};
