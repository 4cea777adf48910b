import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
  TextInput,
} from 'react-admin';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { BulkActions } from '../common/BulkActions';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <TextInput source="phone" alwaysOn />,
  <EnumInput source="kind" enumName="CustomerKind" />,
  <EnumInput source="serviceLevel" enumName="ServiceLevel" />,
  <ReferenceInput source="regionId" reference="regions">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="defaultTechnicianId" reference="technicians">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="active" />,
];

export const CustomerList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <TextField source="mobile" sortable={false} />
      <EnumField source="kind" enumName="CustomerKind" />
      <EnumField source="serviceLevel" enumName="ServiceLevel" />
      <ReferenceField source="regionId" reference="regions" sortable={false} />
      <BooleanField source="active" sortable={false} />
      <DateField source="createdAt" />
    </Datagrid>
  </List>
);
