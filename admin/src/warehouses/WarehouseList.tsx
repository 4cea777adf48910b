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
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <ReferenceInput source="stationId" reference="serviceStations" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="central" />,
  <NullableBooleanInput source="active" />,
];

export const WarehouseList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="code" />
      <TextField source="name" />
      <ReferenceField source="stationId" reference="serviceStations" sortable={false} />
      <BooleanField source="central" sortable={false} />
      <TextField source="address" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
