import type { ReactNode } from 'react';
import { RadioButtonGroupInput, TextInput, required } from 'react-admin';
import type { ServiceOrder, ServiceOrderAction } from '../../../../schema/generated/graphql';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';
import { CodeInput } from '../CodeInput';
import { DispatchFields } from './DispatchFields';
import { PartLinesInput } from './PartLinesInput';
import { ReturnVisitHint } from './ReturnVisitHint';

type Values = Record<string, unknown>;

export interface StepForm {
  fields: (order: ServiceOrder) => ReactNode;
  defaults?: (order: ServiceOrder) => Values;
  /** The step's input from the form's values: only its own fields, blanks left out. */
  input: (values: Values) => Values;
  wide?: boolean;
}

const given = (values: Values, fields: string[]) =>
  Object.fromEntries(fields.filter((f) => values[f] != null && values[f] !== '').map((f) => [f, values[f]]));

const note = <TextInput source="note" multiline minRows={2} fullWidth />;
const reason = <TextInput source="reason" validate={required()} multiline minRows={2} fullWidth autoFocus />;
const SCORES = [5, 4, 3, 2, 1].map((score) => ({ id: score, name: `enums.ReturnVisitScore.${score}` }));

/** The form each lifecycle step needs (the API's input types), one entry per action. */
export const STEP_FORMS: Record<ServiceOrderAction, StepForm> = {
  DISPATCH: {
    fields: (order) => <DispatchFields order={order} />,
    defaults: (order) => ({
      stationId: order.stationId,
      technicianIds: order.technicianIds ?? [],
      appointmentStart: order.appointmentStart,
      appointmentEnd: order.appointmentEnd,
    }),
    input: (values) => given(values, ['stationId', 'technicianIds', 'appointmentStart', 'appointmentEnd', 'note']),
    wide: true,
  },
  REJECT_DISPATCH: { fields: () => reason, input: (values) => given(values, ['reason']) },
  START_REPAIR: { fields: () => note, input: (values) => given(values, ['note']) },
  AWAIT_PARTS: {
    fields: (order) => (
      <>
        <PartLinesInput isRequired productId={order.productId} />
        {note}
      </>
    ),
    input: (values) => given(values, ['parts', 'note']),
    wide: true,
  },
  PARTS_ARRIVED: { fields: () => note, input: (values) => given(values, ['note']) },
  COMPLETE: {
    fields: (order) => (
      <>
        <CodeInput source="symptomCodeId" kind="FAULT_SYMPTOM" categoryId={order.product?.categoryId} fullWidth />
        <CodeInput
          source="causeCodeId"
          kind="FAULT_CAUSE"
          categoryId={order.product?.categoryId}
          validate={required()}
          fullWidth
        />
        <CodeInput source="locationCodeId" kind="FAULT_LOCATION" categoryId={order.product?.categoryId} fullWidth />
        <CodeInput
          source="methodCodeId"
          kind="REPAIR_METHOD"
          categoryId={order.product?.categoryId}
          validate={required()}
          fullWidth
        />
        <PartLinesInput productId={order.productId} />
        {note}
      </>
    ),
    defaults: (order) => ({ symptomCodeId: order.symptomCodeId }),
    input: (values) => given(values, ['symptomCodeId', 'causeCodeId', 'locationCodeId', 'methodCodeId', 'parts', 'note']),
    wide: true,
  },
  SEND_TO_AGENT: {
    fields: () => (
      <>
        <ReferenceAutocomplete
          source="agentStationId"
          reference="serviceStations"
          helperText="app.order.message.agent_default"
          fullWidth
        />
        <TextInput source="logisticsNumber" fullWidth />
        {note}
      </>
    ),
    input: (values) => given(values, ['agentStationId', 'logisticsNumber', 'note']),
  },
  RECEIVE_FROM_AGENT: {
    fields: () => (
      <>
        <TextInput source="logisticsNumber" fullWidth />
        {note}
      </>
    ),
    defaults: (order) => ({ logisticsNumber: order.logisticsNumber }),
    input: (values) => given(values, ['logisticsNumber', 'note']),
  },
  RETURN_TO_CUSTOMER: { fields: () => note, input: (values) => given(values, ['note']) },
  RECORD_RETURN_VISIT: {
    fields: () => (
      <>
        <RadioButtonGroupInput source="score" choices={SCORES} validate={required()} row={false} />
        <ReturnVisitHint />
        <TextInput source="comment" multiline minRows={2} fullWidth />
      </>
    ),
    input: (values) => ({ ...given(values, ['comment']), score: Number(values.score) }),
  },
  CANCEL: { fields: () => reason, input: (values) => given(values, ['reason']) },
};
