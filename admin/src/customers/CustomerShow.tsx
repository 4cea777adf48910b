import {
  BooleanField,
  ChipField,
  Datagrid,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { ShowActions } from '../common/ShowActions';

export const CustomerShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <EnumField source="kind" enumName="CustomerKind" />
      <TextField source="mobile" />
      <TextArrayField source="phones" />
      <EmailField source="email" />
      <ReferenceField source="regionId" reference="regions" />
      <TextField source="address" />
      <EnumField source="serviceLevel" enumName="ServiceLevel" />
      <ReferenceField source="defaultTechnicianId" reference="technicians" />
      <TextField source="notes" />
      <BooleanField source="active" />
      <DateField source="createdAt" showTime />
      <ReferenceManyField target="ownerId" reference="productUnits" label="resources.customers.fields.units">
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="serialNumber" />
          <ReferenceField source="productId" reference="products">
            <ChipField source="modelNumber" />
          </ReferenceField>
          <DateField source="purchaseDate" />
          <DateField source="warrantyEndsOn" />
          <BooleanField source="inWarranty" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
