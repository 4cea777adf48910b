import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  NullableBooleanInput,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { List } from '../common/List';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <ReferenceInput source="productId" reference="products" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="manufacturerId" reference="manufacturers">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="active" />,
];


export const PartList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="spec" sortable={false} />
      <TextField source="unit" sortable={false} />
      <ReferenceField source="manufacturerId" reference="manufacturers" sortable={false} />
      <MoneyField source="costPrice" sortable={false} />
      <MoneyField source="salePrice" />
      <NumberField source="reorderPoint" />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
