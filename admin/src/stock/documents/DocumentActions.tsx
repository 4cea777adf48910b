import { useState } from 'react';
import { Button } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { StockAction } from '../../../../schema/generated/graphql';
import type { AppDataProvider } from '../../dataProvider';
import { stockActions, stockStep, type StockDocumentResource } from '../../dataProvider/stockOperations';
import { OrderFormDialog } from '../../serviceOrders/steps/OrderFormDialog';
import { useOrderSubmit } from '../../serviceOrders/steps/useOrderSubmit';
import { STOCK_STEP_FORMS } from './stepForms';

const REFUSALS: StockAction[] = ['REJECT', 'CANCEL', 'FINISH'];

/**
 * A button for exactly the steps the API allows this user now (`allowedActions`), in the
 * lifecycle's order (schema/lifecycles.json); the first forward step stands out.
 */
export const DocumentActions = ({ resource }: { resource: StockDocumentResource }) => {
  const doc = useRecordContext<Record<string, unknown> & { id: string; number: string; allowedActions?: StockAction[] }>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const submit = useOrderSubmit();
  const [open, setOpen] = useState<StockAction>();
  if (!doc) return null;
  const allowed = stockActions(resource).filter((a) => doc.allowedActions?.includes(a));
  const next = allowed.find((a) => !REFUSALS.includes(a));
  const form = open && STOCK_STEP_FORMS[stockStep(resource, open).input.replace(/!$/, '')];
  const actionLabel = (a: StockAction) => translate(`enums.StockAction.${a}`);
  return (
    <>
      {allowed.map((action) => (
        <Button
          key={action}
          variant={action === next ? 'contained' : 'outlined'}
          color={REFUSALS.includes(action) ? 'error' : 'primary'}
          onClick={() => setOpen(action)}
          data-action={action}
        >
          {actionLabel(action)}
        </Button>
      ))}
      {open && form && (
        <OrderFormDialog
          title={`${actionLabel(open)} · ${doc.number}`}
          submitLabel={actionLabel(open)}
          defaultValues={form.defaults?.(doc, translate)}
          maxWidth={form.wide ? 'md' : 'sm'}
          onClose={() => setOpen(undefined)}
          onSubmit={(values) =>
            submit(
              () => dataProvider.stockDocumentStep(resource, open, doc.id, form.input(values)),
              () => {
                notify('app.order.message.step_done', { type: 'success', messageArgs: { action: actionLabel(open) } });
                setOpen(undefined);
              },
            )
          }
        >
          {form.fields(doc)}
        </OrderFormDialog>
      )}
    </>
  );
};
