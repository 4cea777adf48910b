export type Values = Record<string, unknown>;
export type Line = { id: string; quantity: number; part: { code: string; name: string } } & Record<string, unknown>;
export type Doc = Record<string, unknown> & { lines?: Line[]; stationId?: string };
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** How a step's form starts from the document, and what of its values the step's input takes. */
export interface StepInput {
  defaults?: (doc: Doc, translate: Translate) => Values;
  /** The step's input from the form's values: only its own fields, blanks and zero lines left out. */
  input: (values: Values) => Values;
}

const given = (values: Values, fields: string[]) => Object.fromEntries(fields.filter((f) => values[f] != null && values[f] !== '').map((f) => [f, values[f]]));
const label = (l: Line) => `${l.part.code} ${l.part.name}`;
const num = (v: unknown) => (v == null || v === '' ? 0 : Number(v));
const lines = (v: Values) => (v.lines as Values[] | undefined) ?? [];

/** Per input type a stock document's step takes (schema/lifecycles.json names them): kept apart from the fields so the contract test runs them. */
export const STEP_INPUTS: Record<string, StepInput> = {
  NoteInput: { input: (v) => given(v, ['note']) },
  ReasonInput: { input: (v) => given(v, ['reason']) },
  RequisitionReturnInput: {
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
      lines: lines(v)
        .map((l) => ({ lineId: l.lineId, unused: num(l.unused), oldParts: num(l.oldParts) }))
        .filter((l) => l.unused > 0 || l.oldParts > 0),
    }),
  },
  BorrowingReturnInput: {
    defaults: (doc) => ({
      lines: (doc.lines ?? []).filter((l) => l.quantity - num(l.returnedQuantity) > 0).map((l) => ({ lineId: l.id, label: label(l), quantity: l.quantity - num(l.returnedQuantity) })),
    }),
    input: (v) => ({ ...given(v, ['note']), lines: lines(v).map((l) => ({ lineId: l.lineId, quantity: num(l.quantity) })).filter((l) => l.quantity > 0) }),
  },
  PurchaseReceiptInput: {
    defaults: (doc) => ({
      lines: (doc.lines ?? []).filter((l) => num(l.outstandingQuantity) > 0).map((l) => ({ lineId: l.id, label: label(l), quantity: num(l.outstandingQuantity), unitCost: l.unitCost })),
    }),
    input: (v) => ({
      ...given(v, ['note']),
      lines: lines(v)
        .filter((l) => num(l.quantity) > 0)
        .map((l) => ({ lineId: l.lineId, quantity: num(l.quantity), ...(l.unitCost != null && l.unitCost !== '' ? { unitCost: Number(l.unitCost) } : {}) })),
    }),
  },
};
