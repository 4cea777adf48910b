import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { useFormatMoney } from '../useFormatMoney';
import { DetailSection } from './DetailSection';

/** Fees as computed from the fee table at completion, or as set by hand (with the reason). */
export const OrderFees = () => {
  const order = useRecordContext<ServiceOrder>();
  const translate = useTranslate();
  const money = useFormatMoney();
  if (!order) return null;
  return (
    <DetailSection
      title="app.order.section.fees"
      details={[
        ['labourFee', money(order.labourFee)],
        ['visitFee', money(order.visitFee)],
        ['partsFee', money(order.partsFee)],
        ['totalFee', <strong key="total">{money(order.totalFee)}</strong>],
        ['payer', order.payer && translate(`enums.Payer.${order.payer}`)],
        ['customerPays', <strong key="pays">{money(order.customerPays)}</strong>],
      ]}
    >
      {order.feesOverridden && (
        <Alert severity="info" sx={{ mt: 1.5 }}>
          {translate('app.order.fees_overridden', { reason: order.feeOverrideReason })}
        </Alert>
      )}
    </DetailSection>
  );
};
