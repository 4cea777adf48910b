import { Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  Datagrid,
  EditButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { AuditHistoryButton } from '../common/AuditHistoryButton';
import { EnumField } from '../common/EnumField';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';
import { ScopesField } from './ScopesField';

const ApiKeyShowActions = () => (
  <TopToolbar>
    <AuditHistoryButton />
    <RevokeApiKeyButton />
    <EditButton />
  </TopToolbar>
);

const NoUsage = () => {
  const translate = useTranslate();
  return <Typography variant="body2">{translate('app.message.no_usage')}</Typography>;
};

export const ApiKeyShow = () => (
  <Show actions={<ApiKeyShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <EnumField source="partnerKind" enumName="PartnerKind" />
      <TextField source="prefix" />
      <ScopesField source="scopes" />
      <ReferenceField source="manufacturerId" reference="manufacturers" />
      <ReferenceField source="stationId" reference="serviceStations" />
      <BooleanField source="active" />
      <DateField source="expiresAt" showTime />
      <DateField source="revokedAt" showTime />
      <DateField source="lastUsedAt" showTime />
      <DateField source="createdAt" showTime />
      <ArrayField source="usage">
        <Datagrid bulkActionButtons={false} empty={<NoUsage />}>
          <DateField source="day" />
          <TextField source="operation" />
          <NumberField source="requests" />
          <DateField source="lastAt" showTime />
        </Datagrid>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
