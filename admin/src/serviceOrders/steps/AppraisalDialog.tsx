import { RadioButtonGroupInput, TextInput, required, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AppraisalVerdict, ServiceOrder } from '../../../../schema/generated/graphql';
import { enumChoices } from '../../common/enumChoices';
import type { AppDataProvider } from '../../dataProvider';
import { OrderFormDialog } from './OrderFormDialog';
import { useOrderSubmit } from './useOrderSubmit';

/** 质量鉴定: the verdict decides who pays (misuse: the customer, even in warranty). */
export const AppraisalDialog = ({ order, onClose }: { order: ServiceOrder; onClose: () => void }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const submit = useOrderSubmit();
  const title = translate('app.order.action.appraise');
  return (
    <OrderFormDialog
      title={`${title} · ${order.number}`}
      submitLabel={translate('ra.action.save')}
      defaultValues={{ verdict: order.appraisalVerdict, note: order.appraisalNote }}
      onSubmit={(values) =>
        submit(
          () =>
            dataProvider.recordServiceOrderAppraisal(order.id, {
              verdict: values.verdict as AppraisalVerdict,
              note: (values.note as string) || null,
            }),
          () => {
            notify('app.order.message.saved', { type: 'success' });
            onClose();
          },
        )
      }
      onClose={onClose}
    >
      <RadioButtonGroupInput source="verdict" choices={enumChoices('AppraisalVerdict')} validate={required()} row={false} />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </OrderFormDialog>
  );
};
