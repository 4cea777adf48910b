import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import GavelIcon from '@mui/icons-material/Gavel';
import LinkIcon from '@mui/icons-material/Link';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import PaymentsIcon from '@mui/icons-material/Payments';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import { Button, useCanAccess, useNotify, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import type { OrderOperation, ServiceOrder } from '../../../../schema/generated/graphql';
import { copyText } from '../../common/copyText';
import { AppraisalDialog } from '../steps/AppraisalDialog';
import { EditIntakeDialog } from '../steps/EditIntakeDialog';
import { FeeOverrideDialog } from '../steps/FeeOverrideDialog';
import { NoteDialog } from '../steps/NoteDialog';
import { trackingLink } from './trackingLink';

type Tool = 'note' | 'edit' | 'appraise' | 'fees';

/** The order's other operations, beside the lifecycle: note, corrections, appraisal, fees, tracking link. */
export const OrderTools = () => {
  const order = useRecordContext<ServiceOrder>();
  const notify = useNotify();
  const [open, setOpen] = useState<Tool>();
  const { canAccess: mayFileReturn } = useCanAccess({ resource: 'returnRequests', action: 'create' });
  if (!order) return null;
  // 三包: the order offers an exchange (repaired twice for the same fault) or a return (failing after an exchange).
  const offered = order.returnOffered ? 'RETURN_REFUND' : order.exchangeOffered ? 'EXCHANGE' : null;
  const fileReturn = `/returnRequests/create?source=${encodeURIComponent(JSON.stringify({ serviceOrderId: order.id, kind: offered ?? 'EXCHANGE', lines: [] }))}`;
  // The API says which operations this caller may use on this order now.
  const may = (op: OrderOperation) => !!order.allowedOperations?.includes(op);
  const close = () => setOpen(undefined);
  const copyLink = async () => {
    await copyText(trackingLink(order.trackingToken!));
    notify('app.order.message.tracking_link_copied', { type: 'info' });
  };
  return (
    <>
      {may('ADD_NOTE') && (
        <Button label="app.order.action.add_note" onClick={() => setOpen('note')}>
          <NoteAddIcon />
        </Button>
      )}
      {may('EDIT') && (
        <Button label="app.order.action.edit_intake" onClick={() => setOpen('edit')}>
          <EditIcon />
        </Button>
      )}
      {may('APPRAISE') && (
        <Button label="app.order.action.appraise" onClick={() => setOpen('appraise')}>
          <GavelIcon />
        </Button>
      )}
      {may('OVERRIDE_FEES') && (
        <Button label="app.order.action.override_fees" onClick={() => setOpen('fees')}>
          <PaymentsIcon />
        </Button>
      )}
      {offered && mayFileReturn && (
        <Button label="app.afterSales.file_return" component={Link} to={fileReturn} data-file-return={offered}>
          <AssignmentReturnIcon />
        </Button>
      )}
      {order.trackingToken && (
        <Button label="app.order.action.copy_tracking_link" onClick={copyLink}>
          <LinkIcon />
        </Button>
      )}
      {open === 'note' && <NoteDialog order={order} onClose={close} />}
      {open === 'edit' && <EditIntakeDialog order={order} onClose={close} />}
      {open === 'appraise' && <AppraisalDialog order={order} onClose={close} />}
      {open === 'fees' && <FeeOverrideDialog order={order} onClose={close} />}
    </>
  );
};
