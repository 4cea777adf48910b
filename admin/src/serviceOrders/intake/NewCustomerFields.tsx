import { Stack } from '@mui/material';
import { TextInput, required } from 'react-admin';
import { EnumInput } from '../../common/EnumInput';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';

/** A caller not yet known: registered together with the order (the API creates both in one go). */
export const NewCustomerFields = ({ mobile }: { mobile: string }) => (
  <>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <TextInput source="customer.name" validate={required()} autoFocus />
      <TextInput source="customer.mobile" defaultValue={mobile || undefined} />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <EnumInput source="customer.kind" enumName="CustomerKind" defaultValue="INDIVIDUAL" />
      <EnumInput source="customer.serviceLevel" enumName="ServiceLevel" defaultValue="NORMAL" />
    </Stack>
    <ReferenceAutocomplete source="customer.regionId" reference="regions" />
    <TextInput source="customer.address" fullWidth />
  </>
);
