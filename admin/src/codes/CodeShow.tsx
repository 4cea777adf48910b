import {
  BooleanField,
  ChipField,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { ShowActions } from '../common/ShowActions';

export const CodeShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <EnumField source="kind" enumName="CodeKind" />
      <ReferenceField source="groupId" reference="codeGroups" />
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="nameEn" />
      <BooleanField source="shownToCustomers" />
      <ReferenceArrayField source="categoryIds" reference="productCategories">
        <SingleFieldList>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <NumberField source="sortOrder" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
