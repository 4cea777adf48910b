import { useState } from 'react';
import { Dialog } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ServiceOrder, ServiceOrderAction } from '../../../../schema/generated/graphql';
import type { AppDataProvider } from '../../dataProvider';
import type { StepResult } from '../../dataProvider/operations';
import { OrderFormDialog } from './OrderFormDialog';
import { StepOutcome } from './StepOutcome';
import { STEP_FORMS } from './stepForms';
import { useOrderSubmit } from './useOrderSubmit';

/** One lifecycle step: its form, the mutation, then a notice, or the warnings and rework link it returned. */
export const StepDialog = ({
  action,
  order,
  onClose,
}: {
  action: ServiceOrderAction;
  order: ServiceOrder;
  onClose: () => void;
}) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const submit = useOrderSubmit();
  const [outcome, setOutcome] = useState<StepResult>();
  const form = STEP_FORMS[action];
  const actionLabel = translate(`enums.ServiceOrderAction.${action}`);
  const title = `${actionLabel} · ${order.number}`;

  const run = (values: Record<string, unknown>) =>
    submit(
      () => dataProvider.serviceOrderStep(action, order.id, form.input(values)),
      ({ data }) => {
        if (data.warnings.length > 0 || data.rework) setOutcome(data);
        else {
          notify('app.order.message.step_done', { type: 'success', messageArgs: { action: actionLabel } });
          onClose();
        }
      },
    );

  if (outcome) {
    return (
      <Dialog open onClose={onClose} fullWidth maxWidth="sm">
        <StepOutcome title={title} outcome={outcome} onClose={onClose} />
      </Dialog>
    );
  }
  return (
    <OrderFormDialog
      title={title}
      submitLabel={actionLabel}
      defaultValues={form.defaults?.(order)}
      onSubmit={run}
      onClose={onClose}
      maxWidth={form.wide ? 'md' : 'sm'}
    >
      {form.fields(order)}
    </OrderFormDialog>
  );
};
