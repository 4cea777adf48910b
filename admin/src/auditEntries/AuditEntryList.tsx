import {
  AutocompleteInput,
  Datagrid,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
} from 'react-admin';
import { DateInput } from '../common/DateInputs';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { enumChoices } from '../common/enumChoices';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { EntityLink } from './EntityLink';
import { EntityNameField } from './EntityNameField';
import { EntityNameInput } from './EntityNameInput';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <EntityNameInput source="entityName" alwaysOn />,
  <TextInput source="entityId" />,
  <ReferenceInput source="actorId" reference="users">
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput source="actorKind" choices={enumChoices('ActorKind')} />,
  <EnumInput source="action" enumName="AuditAction" alwaysOn />,
  <DateInput source="atFrom" alwaysOn />,
  <DateInput source="atTo" alwaysOn />,
];

export const AuditEntryList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'at', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="at" showTime />
      <EnumField source="action" enumName="AuditAction" sortable={false} />
      <EntityNameField source="entityName" label="resources.auditEntries.fields.entityName" />
      <EntityLink label="resources.auditEntries.fields.entityId" sortable={false} />
      <TextField source="actorLabel" />
      <SelectField source="actorKind" choices={enumChoices('ActorKind')} sortable={false} />
      <TextField source="reason" sortable={false} />
    </Datagrid>
  </List>
);
