import { useState } from 'react';
import { Button } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceOrder, ServiceOrderAction } from '../../../../schema/generated/graphql';
import { StepDialog } from './StepDialog';

/** The lifecycle's order, the usual path first, so buttons keep their places; refusals last. */
const ACTIONS: ServiceOrderAction[] = [
  'DISPATCH',
  'START_REPAIR',
  'COMPLETE',
  'AWAIT_PARTS',
  'PARTS_ARRIVED',
  'SEND_TO_AGENT',
  'RECEIVE_FROM_AGENT',
  'RETURN_TO_CUSTOMER',
  'RECORD_RETURN_VISIT',
  'REJECT_DISPATCH',
  'CANCEL',
];
const REFUSALS: ServiceOrderAction[] = ['REJECT_DISPATCH', 'CANCEL'];

/** A button for exactly the steps the API allows this user now (`allowedActions`); the likely next one stands out. */
export const OrderActions = () => {
  const order = useRecordContext<ServiceOrder>();
  const translate = useTranslate();
  const [open, setOpen] = useState<ServiceOrderAction>();
  if (!order) return null;
  const allowed = ACTIONS.filter((action) => order.allowedActions?.includes(action));
  // Re-dispatching a dispatched order is a correction, not the next step.
  const next = allowed.find((action) => !REFUSALS.includes(action) && !(action === 'DISPATCH' && order.status === 'DISPATCHED'));
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
          {translate(`enums.ServiceOrderAction.${action}`)}
        </Button>
      ))}
      {open && <StepDialog action={open} order={order} onClose={() => setOpen(undefined)} />}
    </>
  );
};
