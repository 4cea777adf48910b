import type { Exporter } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { downloadRows } from '../../common/csv';
import { formatDate } from '../../common/dateFormat';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The list as the user sees it: headers from the catalogue, status and flag names (not enum values), dates in the panel's format. */
export const orderExporter =
  (translate: Translate, locale: string): Exporter<ServiceOrder> =>
  (orders) => {
    const field = (name: string) => translate(`resources.serviceOrders.fields.${name}`);
    const yes = (on: boolean) => (on ? translate('ra.boolean.true') : '');
    const at = (value: string | null | undefined) => formatDate(value, locale);
    downloadRows(
      orders,
      [
        { header: field('number'), value: (o) => o.number },
        { header: field('status'), value: (o) => translate(`enums.ServiceOrderStatus.${o.status}`) },
        { header: field('closed'), value: (o) => yes(o.closed) },
        { header: field('contactName'), value: (o) => o.contactName },
        { header: field('contactPhone'), value: (o) => o.contactPhone },
        { header: field('modelNumber'), value: (o) => o.product?.modelNumber },
        { header: field('serialNumber'), value: (o) => o.serialNumber },
        { header: field('stationId'), value: (o) => o.station?.name },
        { header: field('technicianIds'), value: (o) => o.technicians?.map((t) => t.name).join('、') },
        { header: field('slaDueAt'), value: (o) => at(o.slaDueAt) },
        { header: field('overdue'), value: (o) => yes(o.overdue) },
        { header: field('repeatRepair'), value: (o) => yes(o.repeatRepair) },
        { header: field('exchangeOffered'), value: (o) => yes(o.exchangeOffered) },
        { header: field('inWarranty'), value: (o) => yes(o.inWarranty) },
        { header: field('totalFee'), value: (o) => o.totalFee },
        { header: field('payer'), value: (o) => (o.payer ? translate(`enums.Payer.${o.payer}`) : '') },
        { header: field('customerPays'), value: (o) => o.customerPays },
        { header: field('createdAt'), value: (o) => at(o.createdAt) },
      ],
      translate('resources.serviceOrders.name', { smart_count: 2 }),
    );
  };
