import type { Exporter } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { downloadRows } from '../../common/csv';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The list as the user sees it: translated headers, status and flag names (not enum values). */
export const orderExporter =
  (translate: Translate): Exporter<ServiceOrder> =>
  (orders) => {
    const field = (name: string) => translate(`resources.serviceOrders.fields.${name}`);
    const yes = (on: boolean) => (on ? translate('ra.boolean.true') : '');
    downloadRows(
      orders,
      [
        { header: field('number'), value: (o) => o.number },
        { header: field('status'), value: (o) => translate(`enums.ServiceOrderStatus.${o.status}`) },
        { header: field('contactName'), value: (o) => o.contactName },
        { header: field('contactPhone'), value: (o) => o.contactPhone },
        { header: field('productId'), value: (o) => o.product?.modelNumber },
        { header: field('serialNumber'), value: (o) => o.serialNumber },
        { header: field('stationId'), value: (o) => o.station?.name },
        { header: field('technicianIds'), value: (o) => o.technicians?.map((t) => t.name).join('、') },
        { header: field('slaDueAt'), value: (o) => o.slaDueAt },
        { header: field('overdue'), value: (o) => yes(o.overdue) },
        { header: field('repeatRepair'), value: (o) => yes(o.repeatRepair) },
        { header: field('exchangeOffered'), value: (o) => yes(o.exchangeOffered) },
        { header: field('inWarranty'), value: (o) => yes(o.inWarranty) },
        { header: field('totalFee'), value: (o) => o.totalFee },
        { header: field('createdAt'), value: (o) => o.createdAt },
      ],
      translate('resources.serviceOrders.name', { smart_count: 2 }),
    );
  };
