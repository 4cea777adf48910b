import { useTranslate } from 'react-admin';
import { DocumentShow } from '../stock/documents/DocumentShow';
import { DetailList } from '../stock/documents/DetailList';
import { StocktakeCounts } from './StocktakeCounts';

type Doc = Record<string, unknown> & { warehouse?: { name: string }; allParts?: boolean };

const Details = () => {
  const translate = useTranslate();
  return (
    <DetailList
      resource="stocktakes"
      details={[
        { source: 'warehouseId', render: (d: Doc) => d.warehouse?.name },
        { source: 'allParts', render: (d: Doc) => translate(d.allParts ? 'ra.boolean.true' : 'ra.boolean.false') },
        { source: 'countedLines' },
        { source: 'requestedBy' },
        { source: 'createdAt', date: true },
        { source: 'confirmedAt', date: true },
        { source: 'note' },
      ]}
    />
  );
};

const signed = (n: unknown) => (n == null ? '' : Number(n) > 0 ? `+${n}` : String(n));

export const StocktakeShow = () => (
  <DocumentShow
    resource="stocktakes"
    lineResource="stocktakeLines"
    details={<Details />}
    columns={[
      { source: 'quantity', align: 'right' },
      { source: 'countedQuantity', align: 'right', render: (l) => (l.countedQuantity == null ? '' : String(l.countedQuantity)) },
      { source: 'expectedQuantity', align: 'right', render: (l) => (l.expectedQuantity == null ? '' : String(l.expectedQuantity)) },
      { source: 'difference', align: 'right', render: (l) => signed(l.difference) },
    ]}
    below={<StocktakeCounts />}
  />
);
