import {
  BooleanField,
  Datagrid,
  NullableBooleanInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { List } from '../common/List';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const filters = [<SearchInput source="q" alwaysOn />, <NullableBooleanInput source="active" />];

export const ManufacturerList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="nameEn" sortable={false} />
      <TextField source="contact" sortable={false} />
      <TextField source="phone" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
