import {
  AutocompleteInput,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  NumberField,
  ReferenceInput,
  SearchInput,
  useCreatePath,
  useTranslate,
  Link,
} from 'react-admin';
import { Chip } from '@mui/material';
import { DateField } from '../common/DateField';
import { Money } from '../stock/Money';
import { StockValueAside } from './StockValueAside';

type Row = { id: string; partId: string; warehouseId: string; onHand: number; averageCost: number | null; value: number | null; part: { code: string; name: string; unit: string; reorderPoint: number }; warehouse: { name: string } };

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="warehouseId" reference="warehouses" alwaysOn key="warehouseId">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="stationId" reference="serviceStations" key="stationId">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="partId" reference="parts" key="partId">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="inStock" key="inStock" />,
];

/** The ledger of one part in one warehouse, newest first (the running balance is there). */
const LedgerLink = ({ row }: { row: Row }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  const filter = encodeURIComponent(JSON.stringify({ partId: row.partId, warehouseId: row.warehouseId }));
  return (
    <Link to={`${createPath({ resource: 'stockMovements', type: 'list' })}?filter=${filter}`} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
      {translate('app.stock.action.ledger')}
    </Link>
  );
};

/** 库存: on hand per part and warehouse, at moving-average cost; below the reorder point is marked. */
export const StockBalanceList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} aside={<StockValueAside />}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField source="partId" sortable={false} render={(r: Row) => `${r.part.code} ${r.part.name}`} />
        <FunctionField source="warehouseId" sortable={false} render={(r: Row) => r.warehouse.name} />
        <FunctionField
          source="onHand"
          render={(r: Row) => (
            <>
              {r.onHand} {r.part.unit}{' '}
              {r.onHand < r.part.reorderPoint && <Chip size="small" color="warning" label={translate('resources.stockBalances.fields.belowReorderPoint')} />}
            </>
          )}
        />
        <NumberField source="part.reorderPoint" label="resources.stockBalances.fields.reorderPoint" sortable={false} />
        <FunctionField source="averageCost" sortable={false} render={(r: Row) => <Money value={r.averageCost} />} />
        <FunctionField source="value" sortable={false} render={(r: Row) => <Money value={r.value} />} />
        <DateField source="updatedAt" showTime />
        <FunctionField render={(r: Row) => <LedgerLink row={r} />} />
      </Datagrid>
    </List>
  );
};
