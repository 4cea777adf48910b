import type { ReactNode } from 'react';
import { ArrayInput, NumberInput, SimpleFormIterator, TextInput, minValue, required } from 'react-admin';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';
import { STEP_INPUTS, type Doc, type StepInput } from './stepInputs';

export interface StockStepForm extends StepInput {
  fields: (doc: Doc) => ReactNode;
  wide?: boolean;
}

const note = <TextInput source="note" multiline minRows={2} fullWidth />;
const reason = <TextInput source="reason" validate={required()} multiline minRows={2} fullWidth autoFocus />;

/** Lines of the document to fill in, one row each: the part (read-only) and the numbers the step takes. */
const perLine = (numbers: ReactNode) => (
  <ArrayInput source="lines" label={false}>
    <SimpleFormIterator inline disableAdd disableRemove disableReordering>
      <TextInput source="label" readOnly sx={{ minWidth: 260 }} label="resources.stockMovements.fields.partId" />
      {numbers}
    </SimpleFormIterator>
  </ArrayInput>
);

/** The form of each input type a stock document's step takes: its fields here, its mapping in stepInputs.ts. */
export const STOCK_STEP_FORMS: Record<string, StockStepForm> = {
  NoteInput: { ...STEP_INPUTS.NoteInput, fields: () => note },
  ReasonInput: { ...STEP_INPUTS.ReasonInput, fields: () => reason },
  RequisitionReturnInput: {
    ...STEP_INPUTS.RequisitionReturnInput,
    fields: (doc) => (
      <>
        {perLine(
          <>
            <NumberInput source="unused" label="app.stock.form.unused" validate={minValue(0)} sx={{ width: 130 }} />
            <NumberInput source="oldParts" label="app.stock.form.old_parts" validate={minValue(0)} sx={{ width: 130 }} />
          </>,
        )}
        <ReferenceAutocomplete source="oldPartsWarehouseId" reference="warehouses" filter={{ stationId: doc.stationId, kind: 'OLD_PARTS' }} helperText="app.stock.form.old_parts_warehouse" fullWidth />
        {note}
      </>
    ),
    wide: true,
  },
  BorrowingReturnInput: {
    ...STEP_INPUTS.BorrowingReturnInput,
    fields: () => (
      <>
        {perLine(<NumberInput source="quantity" label="app.stock.form.returned" validate={minValue(0)} sx={{ width: 130 }} />)}
        {note}
      </>
    ),
    wide: true,
  },
  PurchaseReceiptInput: {
    ...STEP_INPUTS.PurchaseReceiptInput,
    fields: () => (
      <>
        {perLine(
          <>
            <NumberInput source="quantity" label="app.stock.form.received" validate={minValue(0)} sx={{ width: 120 }} />
            <NumberInput source="unitCost" label="app.stock.form.received_cost" validate={minValue(0)} sx={{ width: 150 }} />
          </>,
        )}
        {note}
      </>
    ),
    wide: true,
  },
};
