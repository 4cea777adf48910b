import {
  AutocompleteInput,
  BooleanField,
  ChipField,
  Datagrid,
  NullableBooleanInput,
  NumberField,
  ReferenceArrayField,
  ReferenceInput,
  SearchInput,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { List } from '../common/List';
import { BulkActions } from '../common/BulkActions';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <EnumInput source="kind" enumName="CodeKind" alwaysOn />,
  <ReferenceInput source="categoryId" reference="productCategories">
    <AutocompleteInput />
  </ReferenceInput>,
  <NullableBooleanInput source="active" />,
];

/**
 * Code groups one kind at a time (symptom groups, cause groups …), each kind in its own sort
 * order, as the code list shows codes: sort orders of different kinds are not comparable.
 */
export const CodeGroupList = () => (
  <List filters={filters} actions={<ListActions />} filterDefaultValues={{ kind: 'FAULT_SYMPTOM' }} sort={{ field: 'sortOrder', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <NumberField source="sortOrder" />
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="nameEn" sortable={false} />
      <EnumField source="kind" enumName="CodeKind" sortable={false} />
      <ReferenceArrayField source="categoryIds" reference="productCategories" sortable={false}>
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
