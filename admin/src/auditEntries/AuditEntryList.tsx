import {
  AutocompleteInput,
  Datagrid,
  DateField,
  DateInput,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
} from 'react-admin';
import { enumChoices } from '../common/enumChoices';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { EntityNameField } from './EntityNameField';
import { EntityNameInput } from './EntityNameInput';

// The date filters are whole days in the user's time zone; the API compares instants (inclusive).
const startOfDay = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : null);
const endOfDay = (day: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : null);

const filters = [
  <SearchInput source="q" alwaysOn />,
  <EntityNameInput source="entityName" alwaysOn />,
  <TextInput source="entityId" />,
  <ReferenceInput source="actorId" reference="users">
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput source="actorKind" choices={enumChoices('ActorKind')} />,
  <EnumInput source="action" enumName="AuditAction" alwaysOn />,
  <DateInput source="atFrom" parse={startOfDay} alwaysOn />,
  <DateInput source="atTo" parse={endOfDay} alwaysOn />,
];

export const AuditEntryList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="at" showTime />
      <EnumField source="action" enumName="AuditAction" sortable={false} />
      <EntityNameField source="entityName" label="resources.auditEntries.fields.entityName" />
      <TextField source="entityId" sortable={false} />
      <TextField source="actorLabel" />
      <SelectField source="actorKind" choices={enumChoices('ActorKind')} sortable={false} />
      <TextField source="reason" sortable={false} />
    </Datagrid>
  </List>
);
