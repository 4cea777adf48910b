import { useEffect, useRef } from 'react';
import { Stack } from '@mui/material';
import { TextInput, required } from 'react-admin';
import { DateTimeInput } from '../../common/DateInputs';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { businessTimeZone, inZone } from '../../common/dateFormat';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';
import { StationSuggestions } from './StationSuggestions';
import { TechnicianSuggestions } from './TechnicianSuggestions';

/** 派工: station, appointment, and technicians picked from the suggestions for the appointment's day. */
export const DispatchFields = ({ order }: { order: ServiceOrder }) => {
  const stationId = useWatch({ name: 'stationId' }) as string | null;
  const appointmentStart = useWatch({ name: 'appointmentStart' }) as string | null;
  const { field: technicians } = useController({ name: 'technicianIds', defaultValue: [] });
  const { setValue } = useFormContext();

  // Technicians belong to a station: another station starts the choice afresh.
  const shownStation = useRef(stationId);
  useEffect(() => {
    if (shownStation.current === stationId) return;
    shownStation.current = stationId;
    setValue('technicianIds', []);
  }, [stationId, setValue]);

  return (
    <>
      <StationSuggestions orderId={order.id} />
      <ReferenceAutocomplete source="stationId" reference="serviceStations" validate={required()} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
        <DateTimeInput source="appointmentStart" />
        <DateTimeInput source="appointmentEnd" />
      </Stack>
      <TechnicianSuggestions
        orderId={order.id}
        stationId={stationId}
        date={appointmentStart ? inZone(new Date(appointmentStart), businessTimeZone()).day : undefined}
        selected={(technicians.value as string[]) ?? []}
        onChange={technicians.onChange}
      />
      <TextInput source="note" multiline fullWidth />
    </>
  );
};
