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
import { ReorderButtons } from './ReorderButtons';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <EnumInput source="kind" enumName="CodeKind" alwaysOn />,
  <ReferenceInput source="groupId" reference="codeGroups" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="categoryId" reference="productCategories">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="shownToCustomers" />,
  <NullableBooleanInput source="active" />,
];

/** A code table in its order: sorted by sortOrder, one table at a time, with up/down buttons. */
export const CodeList = () => (
  <List
    actions={<ListActions />}
    filters={filters}
    filterDefaultValues={{ kind: 'FAULT_SYMPTOM' }}
    sort={{ field: 'sortOrder', order: 'ASC' }}
    perPage={50}
  >
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <NumberField source="sortOrder" />
      <ReorderButtons label="ra.action.sort" />
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="nameEn" sortable={false} />
      <EnumField source="kind" enumName="CodeKind" sortable={false} />
      <ReferenceField source="groupId" reference="codeGroups" sortable={false} />
      <BooleanField source="shownToCustomers" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
