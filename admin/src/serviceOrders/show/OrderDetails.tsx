import { Chip, Stack } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { useFormatDateTime } from '../../common/useFormatDateTime';
import { OrderLink } from '../OrderLink';
import { useCodeLabel } from '../useCodeLabel';
import { DetailSection } from './DetailSection';

/** What was taken at intake, who works on it, what they found, and how it ended. */
export const OrderDetails = () => {
  const order = useRecordContext<ServiceOrder>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const format = useFormatDateTime();
  const codeLabel = useCodeLabel();
  if (!order) return null;
  const link = (resource: string, id: string | null | undefined, text: string | null | undefined) =>
    id && text ? <Link to={createPath({ resource, id, type: 'show' })}>{text}</Link> : text;
  const label = (enumName: string, value: string | null | undefined) => (value ? translate(`enums.${enumName}.${value}`) : null);

  const customer = order.customer && (
    <Stack direction="row" spacing={1} alignItems="center" component="span">
      {link('customers', order.customerId, order.customer.name)}
      {order.customer.serviceLevel !== 'NORMAL' && (
        <Chip size="small" color="secondary" label={translate(`enums.ServiceLevel.${order.customer.serviceLevel}`)} />
      )}
    </Stack>
  );
  const appointment =
    order.appointmentStart &&
    translate('app.order.appointment_window', {
      start: format(order.appointmentStart),
      end: format(order.appointmentEnd) || '…',
    });
  const station = order.station && (
    <span>
      {link('serviceStations', order.stationId, order.station.name)}
      {order.station.phone && ` ${order.station.phone}`}
      {order.distanceKm != null &&
        order.distanceBand &&
        ` · ${translate('app.order.distance', { km: order.distanceKm.toFixed(1), band: label('DistanceBand', order.distanceBand) })}`}
    </span>
  );
  const returnVisit =
    order.returnVisitScore != null && [order.returnVisitScore, order.returnVisitComment].filter(Boolean).join(' · ');
  const appraisal =
    order.appraisalVerdict &&
    [label('AppraisalVerdict', order.appraisalVerdict), order.appraisalNote].filter(Boolean).join(' · ');

  return (
    <Stack spacing={2}>
      <DetailSection
        title="app.order.section.intake"
        details={[
          ['createdAt', format(order.createdAt)],
          ['channel', label('OrderChannel', order.channel)],
          ['kind', label('ServiceOrderKind', order.kind)],
          ['attribute', label('SaleAttribute', order.attribute)],
          ['customerRequest', label('CustomerRequest', order.customerRequest)],
          ['onSite', translate(`ra.boolean.${order.onSite}`)],
          ['reportedSymptom', order.reportedSymptom],
          ['symptomCodeId', codeLabel(order.symptomCode)],
          ['internalNote', order.internalNote],
        ]}
      />
      <DetailSection
        title="app.order.section.customer"
        details={[
          ['customerId', customer],
          ['contactName', order.contactName],
          ['contactPhone', order.contactPhone],
          ['address', order.address],
          ['regionId', order.region?.name],
        ]}
      />
      <DetailSection
        title="app.order.section.product"
        details={[
          [
            'product',
            order.product && (
              <>
                {link('products', order.productId, order.product.modelNumber)} {order.product.name}
              </>
            ),
          ],
          ['serialNumber', link('productUnits', order.productUnitId, order.serialNumber)],
          ['purchaseDate', format(order.purchaseDate, false)],
          ['warrantyEndsOn', format(order.warrantyEndsOn, false)],
          ['previousOrderId', order.previousOrder && <OrderLink order={order.previousOrder} />],
          ['reworkOfId', order.reworkOf && <OrderLink order={order.reworkOf} />],
          [
            'reworkOrders',
            !!order.reworkOrders?.length && (
              <Stack component="span" spacing={0.5}>
                {order.reworkOrders.map((o) => (
                  <OrderLink key={o.id} order={o} />
                ))}
              </Stack>
            ),
          ],
        ]}
      />
      <DetailSection
        title="app.order.section.assignment"
        details={[
          ['stationId', station],
          ['technicianIds', order.technicians?.map((t) => t.name).join('、')],
          ['appointment', appointment],
          ['dispatchedAt', format(order.dispatchedAt)],
        ]}
      />
      <DetailSection
        title="app.order.section.result"
        details={[
          ['causeCodeId', codeLabel(order.causeCode)],
          ['locationCodeId', codeLabel(order.locationCode)],
          ['methodCodeId', codeLabel(order.methodCode)],
          ['completedAt', format(order.completedAt)],
          ['agentStationId', link('serviceStations', order.agentStationId, order.agentStation?.name)],
          ['logisticsNumber', order.logisticsNumber],
        ]}
      />
      <DetailSection
        title="app.order.section.followUp"
        details={[
          ['returnVisitScore', returnVisit],
          ['appraisalVerdict', appraisal],
          ['cancelReason', order.cancelReason],
        ]}
      />
    </Stack>
  );
};
