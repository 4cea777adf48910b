import type { ReactNode } from 'react';
import { ArrayInput, NumberInput, SimpleFormIterator, TextInput, minValue, required } from 'react-admin';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';

type Values = Record<string, unknown>;
type Line = { id: string; quantity: number; part: { code: string; name: string } } & Record<string, unknown>;
type Doc = Record<string, unknown> & { lines?: Line[]; stationId?: string };

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface StockStepForm {
  fields: (doc: Doc) => ReactNode;
  defaults?: (doc: Doc, translate: Translate) => Values;
  /** The step's input from the form's values: only its own fields, blanks left out. */
  input: (values: Values) => Values;
  wide?: boolean;
}

const given = (values: Values, fields: string[]) => Object.fromEntries(fields.filter((f) => values[f] != null && values[f] !== '').map((f) => [f, values[f]]));
const label = (l: Line) => `${l.part.code} ${l.part.name}`;
const num = (v: unknown) => (v == null || v === '' ? 0 : Number(v));

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

/** The form of each input type a stock document's step takes (schema/lifecycles.json names them). */
export const STOCK_STEP_FORMS: Record<string, StockStepForm> = {
  NoteInput: { fields: () => note, input: (v) => given(v, ['note']) },
  ReasonInput: { fields: () => reason, input: (v) => given(v, ['reason']) },
  RequisitionReturnInput: {
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
    defaults: (doc, translate) => ({
      lines: (doc.lines ?? [])
        .filter((l) => num(l.heldQuantity) > 0 || num(l.oldPartsDue) > 0)
        .map((l) => ({
          lineId: l.id,
          label: `${label(l)} ${translate('app.stock.form.held_due', { held: num(l.heldQuantity), due: num(l.oldPartsDue) })}`,
          unused: num(l.heldQuantity),
          oldParts: num(l.oldPartsDue),
        })),
    }),
    input: (v) => ({
      ...given(v, ['oldPartsWarehouseId', 'note']),
      lines: ((v.lines as Values[]) ?? [])
        .map((l) => ({ lineId: l.lineId, unused: num(l.unused), oldParts: num(l.oldParts) }))
        .filter((l) => l.unused > 0 || l.oldParts > 0),
    }),
    wide: true,
  },
  BorrowingReturnInput: {
    fields: () => (
      <>
        {perLine(<NumberInput source="quantity" label="app.stock.form.returned" validate={minValue(0)} sx={{ width: 130 }} />)}
        {note}
      </>
    ),
    defaults: (doc) => ({
      lines: (doc.lines ?? []).filter((l) => l.quantity - num(l.returnedQuantity) > 0).map((l) => ({ lineId: l.id, label: label(l), quantity: l.quantity - num(l.returnedQuantity) })),
    }),
    input: (v) => ({
      ...given(v, ['note']),
      lines: ((v.lines as Values[]) ?? []).map((l) => ({ lineId: l.lineId, quantity: num(l.quantity) })).filter((l) => l.quantity > 0),
    }),
    wide: true,
  },
  PurchaseReceiptInput: {
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
    defaults: (doc) => ({
      lines: (doc.lines ?? []).filter((l) => num(l.outstandingQuantity) > 0).map((l) => ({ lineId: l.id, label: label(l), quantity: num(l.outstandingQuantity), unitCost: l.unitCost })),
    }),
    input: (v) => ({
      ...given(v, ['note']),
      lines: ((v.lines as Values[]) ?? [])
        .filter((l) => num(l.quantity) > 0)
        .map((l) => ({ lineId: l.lineId, quantity: num(l.quantity), ...(l.unitCost != null && l.unitCost !== '' ? { unitCost: Number(l.unitCost) } : {}) })),
    }),
    wide: true,
  },
};
