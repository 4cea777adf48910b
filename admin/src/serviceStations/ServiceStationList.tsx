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
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <EnumInput source="kind" enumName="StationKind" alwaysOn />,
  <ReferenceInput source="regionId" reference="regions">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="parentId" reference="serviceStations">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="active" />,
];

export const ServiceStationList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" enumName="StationKind" />
      <ReferenceField source="regionId" reference="regions" sortable={false} />
      <ReferenceField source="parentId" reference="serviceStations" sortable={false} />
      <TextField source="phone" sortable={false} />
      <NumberField source="dailyCapacity" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
