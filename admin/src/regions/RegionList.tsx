import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { List } from '../common/List';
import { BulkActions } from '../common/BulkActions';
import { REGION_LEVELS } from './regionLevels';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <SelectInput source="level" choices={REGION_LEVELS} alwaysOn />,
  <ReferenceInput source="parentId" reference="regions">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="active" />,
];

export const RegionList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="nameEn" sortable={false} />
      <SelectField source="level" choices={REGION_LEVELS} />
      <ReferenceField source="parentId" reference="regions" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
