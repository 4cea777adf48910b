import { Stack } from '@mui/material';
import { TextInput } from 'react-admin';
import { DateTimeInput } from '../../common/DateInputs';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';
import { Section } from '../Section';

/** Optional at intake: a station, an appointment, a different contact, an internal note. */
export const ArrangementSection = () => (
  <Section title="app.order.intake.arrangement">
    <ReferenceAutocomplete source="stationId" reference="serviceStations" />
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <DateTimeInput source="appointmentStart" />
      <DateTimeInput source="appointmentEnd" />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
      <TextInput source="contactName" helperText="app.order.intake.contact_hint" />
      <TextInput source="contactPhone" helperText="app.order.intake.contact_hint" />
    </Stack>
    <TextInput source="address" helperText="app.order.intake.contact_hint" fullWidth />
    <TextInput source="note" label="resources.serviceOrders.fields.internalNote" multiline fullWidth />
  </Section>
);
