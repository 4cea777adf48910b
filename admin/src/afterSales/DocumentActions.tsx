import { useState } from 'react';
import { Button } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { AFTER_SALES_OPERATIONS, afterSalesActions, afterSalesStep, lifecycleOf, type AfterSalesResource } from '../dataProvider/afterSalesOperations';
import { OrderFormDialog } from '../serviceOrders/steps/OrderFormDialog';
import { useOrderSubmit } from '../serviceOrders/steps/useOrderSubmit';
import { AFTER_SALES_FORMS, type Doc } from './stepForms';

const REFUSALS = ['REJECT', 'CANCEL', 'SEND_BACK'];

type Open = { kind: 'step' | 'operation'; name: string };

/**
 * Buttons for exactly the steps (`allowedActions`) and operations (`allowedOperations`) the API
 * allows this user now, steps in the lifecycle's order; the first forward step stands out.
 */
export const DocumentActions = ({ resource }: { resource: AfterSalesResource }) => {
  const doc = useRecordContext<Doc & { allowedActions?: string[]; allowedOperations?: string[] }>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const submit = useOrderSubmit();
  const [open, setOpen] = useState<Open>();
  if (!doc) return null;
  const { actionEnum } = lifecycleOf(resource);
  const operationEnum = `${actionEnum.replace(/Action$/, '')}Operation`;
  const steps = afterSalesActions(resource).filter((a) => doc.allowedActions?.includes(a));
  const operations = (doc.allowedOperations ?? []).filter((o) => AFTER_SALES_OPERATIONS[o]);
  const next = steps.find((a) => !REFUSALS.includes(a));
  const label = (o: Open) => translate(`enums.${o.kind === 'step' ? actionEnum : operationEnum}.${o.name}`);
  const inputType = (o: Open) => (o.kind === 'step' ? afterSalesStep(resource, o.name).input : AFTER_SALES_OPERATIONS[o.name].input)?.replace(/!$/, '');
  const run = (o: Open, input: Record<string, unknown>) =>
    o.kind === 'step' ? dataProvider.afterSalesStep(resource, o.name, doc.id, input) : dataProvider.afterSalesOperation(o.name, doc.id, input);
  const done = (o: Open) => {
    notify('app.order.message.step_done', { type: 'success', messageArgs: { action: label(o) } });
    setOpen(undefined);
  };
  const choose = (o: Open) => {
    if (inputType(o)) return setOpen(o);
    // Nothing to fill in (open a rework order): take it at once.
    void submit(() => run(o, {}), () => done(o));
  };
  const type = open && inputType(open);
  const form = type ? AFTER_SALES_FORMS[type] : undefined;
  return (
    <>
      {steps.map((name) => (
        <Button key={name} variant={name === next ? 'contained' : 'outlined'} color={REFUSALS.includes(name) ? 'error' : 'primary'} onClick={() => choose({ kind: 'step', name })} data-action={name}>
          {label({ kind: 'step', name })}
        </Button>
      ))}
      {operations.map((name) => (
        <Button key={name} variant="outlined" onClick={() => choose({ kind: 'operation', name })} data-operation={name}>
          {label({ kind: 'operation', name })}
        </Button>
      ))}
      {open && form && (
        <OrderFormDialog
          title={`${label(open)} · ${doc.number}`}
          submitLabel={label(open)}
          defaultValues={form.defaults?.(doc)}
          maxWidth={form.wide ? 'md' : 'sm'}
          onClose={() => setOpen(undefined)}
          onSubmit={(values) => submit(() => run(open, form.input(values)), () => done(open))}
        >
          {form.fields(doc)}
        </OrderFormDialog>
      )}
    </>
  );
};
