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
  <ReferenceInput source="stationId" reference="serviceStations" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <EnumInput source="status" enumName="TechnicianStatus" alwaysOn />,
  <ReferenceInput source="regionId" reference="regions">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="active" />,
];

export const TechnicianList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="code" />
      <TextField source="name" />
      <ReferenceField source="stationId" reference="serviceStations" sortable={false} />
      <TextField source="mobile" sortable={false} />
      <NumberField source="skillGrade" />
      <NumberField source="dailyOrderLimit" sortable={false} />
      <EnumField source="status" enumName="TechnicianStatus" />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
