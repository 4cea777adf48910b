import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { BulkActions } from '../common/BulkActions';
import { EnumInput } from '../common/EnumInput';
import { RolesField } from './RolesField';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <EnumInput source="role" enumName="Role" alwaysOn />,
  <ReferenceInput source="stationId" reference="serviceStations">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="active" />,
];

export const UserList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'username', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="username" />
      <TextField source="displayName" />
      <RolesField label="resources.users.fields.roles" sortable={false} />
      <ReferenceField source="stationId" reference="serviceStations" sortable={false} />
      <DateField source="lastLoginAt" showTime />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
