import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { enumChoices } from '../common/enumChoices';
import { EnumField } from '../common/EnumField';
import { ChangesTable } from './ChangesTable';
import { EntityLink } from './EntityLink';
import { EntityNameField } from './EntityNameField';

export const AuditEntryShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <DateField source="at" showTime />
      <EnumField source="action" enumName="AuditAction" />
      <EntityNameField label="resources.auditEntries.fields.entityName" />
      <EntityLink label="resources.auditEntries.fields.entityId" />
      <TextField source="actorLabel" />
      <SelectField source="actorKind" choices={enumChoices('ActorKind')} />
      <TextField source="reason" />
      <ChangesTable label="app.audit.changes" />
    </SimpleShowLayout>
  </Show>
);
