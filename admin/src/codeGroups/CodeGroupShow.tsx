import {
  BooleanField,
  ChipField,
  Datagrid,
  NumberField,
  ReferenceArrayField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { ShowActions } from '../common/ShowActions';

export const CodeGroupShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <EnumField source="kind" enumName="CodeKind" />
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="nameEn" />
      <NumberField source="sortOrder" />
      <ReferenceArrayField source="categoryIds" reference="productCategories">
        <SingleFieldList>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
      <ReferenceManyField
        target="groupId"
        reference="codes"
        label="resources.codeGroups.fields.codes"
        sort={{ field: 'sortOrder', order: 'ASC' }}
        perPage={100}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <NumberField source="sortOrder" />
          <TextField source="code" />
          <TextField source="name" />
          <TextField source="nameEn" />
          <BooleanField source="active" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
