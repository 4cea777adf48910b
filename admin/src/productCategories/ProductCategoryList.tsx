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
import { List } from '../common/List';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <ReferenceInput source="parentId" reference="productCategories" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="active" />,
];

export const ProductCategoryList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'sortOrder', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <NumberField source="sortOrder" />
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="nameEn" sortable={false} />
      <ReferenceField source="parentId" reference="productCategories" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
