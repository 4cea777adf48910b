import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { ShowActions } from '../common/ShowActions';

export const ProductUnitShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="serialNumber" />
      <ReferenceField source="productId" reference="products" />
      <ReferenceField source="ownerId" reference="customers" />
      <ReferenceField source="userId" reference="customers" />
      <DateField source="purchaseDate" />
      <TextField source="seller" />
      <DateField source="installationDate" />
      <DateField source="warrantyEndsOn" />
      <BooleanField source="warrantyOverridden" />
      <BooleanField source="inWarranty" />
      <TextField source="notes" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
