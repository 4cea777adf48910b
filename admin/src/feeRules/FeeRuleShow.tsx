import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { ShowActions } from '../common/ShowActions';

export const FeeRuleShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <EnumField source="feeKind" enumName="FeeKind" />
      <EnumField source="serviceKind" enumName="ServiceKind" />
      <EnumField source="distanceBand" enumName="DistanceBand" />
      <ReferenceField source="brandId" reference="brands" emptyText="—" />
      <ReferenceField source="categoryId" reference="productCategories" emptyText="—" />
      <MoneyField source="amount" />
      <DateField source="validFrom" />
      <DateField source="validTo" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
