import { BooleanInput, TextInput, required, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import type { AppDataProvider } from '../../dataProvider';
import { OrderFormDialog } from './OrderFormDialog';
import { useOrderSubmit } from './useOrderSubmit';

/** A note on the timeline, e.g. a "where is my repair" call; internal unless the customer may read it. */
export const NoteDialog = ({ order, onClose }: { order: ServiceOrder; onClose: () => void }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const submit = useOrderSubmit();
  return (
    <OrderFormDialog
      title={`${translate('app.order.action.add_note')} · ${order.number}`}
      submitLabel={translate('ra.action.save')}
      defaultValues={{ internal: true }}
      onSubmit={(values) =>
        submit(
          () => dataProvider.addServiceOrderNote(order.id, String(values.note).slice(0, 2000), !!values.internal),
          () => {
            notify('app.order.message.note_added', { type: 'success' });
            onClose();
          },
        )
      }
      onClose={onClose}
    >
      <TextInput source="note" validate={required()} multiline minRows={3} fullWidth autoFocus />
      <BooleanInput source="internal" helperText="app.order.message.internal_note_hint" />
    </OrderFormDialog>
  );
};
