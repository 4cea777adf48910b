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
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <EnumInput source="partnerKind" enumName="PartnerKind" alwaysOn />,
  <ReferenceInput source="manufacturerId" reference="manufacturers">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="revoked" />,
];

export const ApiKeyList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="prefix" sortable={false} />
      <EnumField source="partnerKind" enumName="PartnerKind" sortable={false} />
      <ReferenceField source="manufacturerId" reference="manufacturers" sortable={false} />
      <ReferenceField source="stationId" reference="serviceStations" sortable={false} />
      <DateField source="lastUsedAt" showTime />
      <DateField source="expiresAt" showTime sortable={false} />
      <BooleanField source="active" sortable={false} />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </List>
);
