import { AutocompleteInput, Datagrid, FunctionField, NumberField, ReferenceInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { List } from '../common/List';
import { enumChoices } from '../common/enumChoices';
import { StockStatusChip } from '../stock/StockStatusChip';

type Row = { status: string; product?: { modelNumber: string; name: string }; manufacturer?: { name: string }; station?: { name: string } | null };

/** 质量反馈: defect patterns by product, newest first. */
export const QualityFeedbackList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={[
      <SearchInput source="q" alwaysOn key="q" />,
      <SelectInput source="status" choices={enumChoices('QualityFeedbackStatus')} alwaysOn key="status" />,
      <ReferenceInput source="productId" reference="products" key="productId">
        <AutocompleteInput />
      </ReferenceInput>,
      <ReferenceInput source="manufacturerId" reference="manufacturers" key="manufacturerId">
        <AutocompleteInput />
      </ReferenceInput>,
    ]}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="number" />
      <FunctionField source="status" render={(r: Row) => <StockStatusChip enumName="QualityFeedbackStatus" status={r.status} />} />
      <TextField source="title" />
      <FunctionField source="productId" sortable={false} render={(r: Row) => (r.product ? `${r.product.name} ${r.product.modelNumber}` : null)} />
      <FunctionField source="manufacturerId" sortable={false} render={(r: Row) => r.manufacturer?.name} />
      <NumberField source="orderCount" />
      <FunctionField source="stationId" sortable={false} render={(r: Row) => r.station?.name} />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </List>
);
