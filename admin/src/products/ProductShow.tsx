import {
  BooleanField,
  Datagrid,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { DateField } from '../common/DateField';
import { ShowActions } from '../common/ShowActions';

export const ProductShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="modelNumber" />
      <TextField source="name" />
      <ReferenceField source="brandId" reference="brands" />
      <ReferenceField source="manufacturerId" reference="manufacturers" />
      <ReferenceField source="categoryId" reference="productCategories" />
      <NumberField source="warrantyMonths" />
      <MoneyField source="listPrice" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
      <ReferenceManyField target="productId" reference="parts" label="resources.products.fields.parts" sort={{ field: 'code', order: 'ASC' }}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <TextField source="spec" />
          <NumberField source="salePrice" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
