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
  <ReferenceInput source="brandId" reference="brands" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="categoryId" reference="productCategories">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="manufacturerId" reference="manufacturers">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="active" />,
];

export const ProductList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'modelNumber', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="modelNumber" />
      <TextField source="name" />
      <ReferenceField source="brandId" reference="brands" sortable={false} />
      <ReferenceField source="categoryId" reference="productCategories" sortable={false} />
      <ReferenceField source="manufacturerId" reference="manufacturers" sortable={false} />
      <NumberField source="warrantyMonths" />
      <MoneyField source="listPrice" />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
