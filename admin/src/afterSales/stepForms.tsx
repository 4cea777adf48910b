import type { ReactNode } from 'react';
import { ArrayInput, NumberInput, SimpleFormIterator, TextInput, minValue, required } from 'react-admin';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

export type Doc = Record<string, unknown> & {
  id: string;
  number: string;
  stationId?: string | null;
  lines?: Array<{ id: string; productUnitId?: string | null; refundAmount: number; quantity: number; unitPrice: number; product: { modelNumber: string; name: string }; productUnit?: { serialNumber: string } | null }>;
};

export interface AfterSalesForm {
  fields: (doc: Doc) => ReactNode;
  /** The form's starting values. */
  defaults?: (doc: Doc) => Record<string, unknown>;
  /** What the API's input type takes, from the form's values. */
  input: (values: Record<string, unknown>) => Record<string, unknown>;
  wide?: boolean;
}

const text = (source: string, opts: { required?: boolean; label?: string } = {}) => (
  <TextInput key={source} source={source} label={opts.label} validate={opts.required ? required() : undefined} multiline minRows={2} fullWidth autoFocus={opts.required} />
);
const pick = (...keys: string[]) => (v: Record<string, unknown>) => Object.fromEntries(keys.filter((k) => v[k] !== undefined && v[k] !== '').map((k) => [k, v[k]]));
const lineLabel = (l: NonNullable<Doc['lines']>[number]) => `${l.product.name} ${l.product.modelNumber}${l.productUnit ? ` ${l.productUnit.serialNumber}` : ''} × ${l.quantity}`;

/** The form of each input type an after-sales step or operation takes (the types are the API's, schema/lifecycles.json names them). */
export const AFTER_SALES_FORMS: Record<string, AfterSalesForm> = {
  NoteInput: { fields: () => text('note', { label: 'resources.returnRequests.fields.note' }), input: pick('note') },
  ReasonInput: { fields: () => text('reason', { required: true, label: 'resources.returnRequests.fields.reason' }), input: pick('reason') },
  ReturnApproveInput: {
    fields: () => (
      <>
        <TextInput source="returnAddress" label="resources.returnRequests.fields.returnAddress" fullWidth />
        {text('note', { label: 'resources.returnRequests.fields.note' })}
      </>
    ),
    input: pick('returnAddress', 'note'),
  },
  ReceiveGoodsInput: {
    fields: (doc) => (
      <>
        <ReferenceAutocomplete source="warehouseId" reference="warehouses" filter={doc.stationId ? { stationId: doc.stationId } : {}} validate={required()} fullWidth label="resources.returnRequests.fields.warehouseId" />
        {text('note', { label: 'resources.returnRequests.fields.note' })}
      </>
    ),
    input: pick('warehouseId', 'note'),
  },
  RefundInput: {
    fields: () => (
      <>
        <TextInput source="reference" validate={required()} fullWidth autoFocus label="resources.returnRequests.fields.reference" />
        {text('note', { label: 'resources.returnRequests.fields.note' })}
      </>
    ),
    input: pick('reference', 'note'),
  },
  ShipReplacementInput: {
    wide: true,
    defaults: (doc) => ({ replacements: (doc.lines ?? []).filter((l) => l.productUnitId).map((l) => ({ lineId: l.id, label: lineLabel(l), serialNumber: '' })) }),
    fields: (doc) => (
      <>
        <ReferenceAutocomplete source="warehouseId" reference="warehouses" filter={doc.stationId ? { stationId: doc.stationId } : {}} validate={required()} fullWidth label="resources.returnRequests.fields.warehouseId" />
        <ArrayInput source="replacements" label="resources.returnRequests.fields.replacements">
          <SimpleFormIterator inline disableAdd disableRemove disableReordering>
            <TextInput source="label" readOnly sx={{ minWidth: 260 }} label="resources.returnRequests.fields.lines" />
            <TextInput source="serialNumber" validate={required()} label="resources.returnRequests.fields.serialNumber" />
          </SimpleFormIterator>
        </ArrayInput>
        <TextInput source="logisticsNumber" label="resources.returnRequests.fields.logisticsNumber" fullWidth />
        {text('note', { label: 'resources.returnRequests.fields.note' })}
      </>
    ),
    input: (v) => ({
      ...pick('warehouseId', 'logisticsNumber', 'note')(v),
      replacements: ((v.replacements as Array<{ lineId: string; serialNumber: string }>) ?? []).map((r) => ({ lineId: r.lineId, serialNumber: r.serialNumber })),
    }),
  },
  RefundChangeInput: {
    wide: true,
    defaults: (doc) => ({ lines: (doc.lines ?? []).map((l) => ({ lineId: l.id, label: lineLabel(l), refundAmount: l.refundAmount })) }),
    fields: () => (
      <>
        <ArrayInput source="lines" label="resources.returnRequests.fields.lines">
          <SimpleFormIterator inline disableAdd disableRemove disableReordering>
            <TextInput source="label" readOnly sx={{ minWidth: 260 }} label="resources.returnRequests.fields.lines" />
            <NumberInput source="refundAmount" validate={[required(), minValue(0)]} label="resources.returnRequests.fields.refundAmount" />
          </SimpleFormIterator>
        </ArrayInput>
        {text('reason', { required: true, label: 'resources.returnRequests.fields.reason' })}
      </>
    ),
    input: (v) => ({ reason: v.reason, lines: ((v.lines as Array<{ lineId: string; refundAmount: number }>) ?? []).map((l) => ({ lineId: l.lineId, refundAmount: Number(l.refundAmount) })) }),
  },
  ReturnShipmentInput: {
    fields: () => (
      <>
        <TextInput source="logisticsCompany" validate={required()} fullWidth label="resources.returnRequests.fields.logisticsCompany" />
        <TextInput source="logisticsNumber" validate={required()} fullWidth label="resources.returnRequests.fields.logisticsNumber" />
      </>
    ),
    input: pick('logisticsCompany', 'logisticsNumber'),
  },
  ComplaintResponseInput: { fields: () => text('response', { required: true, label: 'resources.complaints.fields.response' }), input: pick('response') },
  ComplaintResolutionInput: { fields: () => text('resolution', { required: true, label: 'resources.complaints.fields.resolution' }), input: pick('resolution') },
  ComplaintAssignInput: {
    fields: () => (
      <>
        <ReferenceAutocomplete source="ownerId" reference="users" validate={required()} fullWidth label="resources.complaints.fields.ownerId" />
        {text('note', { label: 'resources.complaints.fields.note' })}
      </>
    ),
    input: pick('ownerId', 'note'),
  },
  QualityConfirmInput: { fields: () => text('response', { required: true, label: 'resources.qualityFeedbacks.fields.manufacturerResponse' }), input: pick('response') },
};
