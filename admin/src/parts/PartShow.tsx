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
import { MoneyField } from '../common/MoneyField';
import { DateField } from '../common/DateField';
import { ShowActions } from '../common/ShowActions';
import { PartStock } from './PartStock';


export const PartShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="spec" />
      <TextField source="unit" />
      <ReferenceField source="manufacturerId" reference="manufacturers" />
      <ReferenceArrayField source="compatibleProductIds" reference="products">
        <SingleFieldList>
          <ChipField source="modelNumber" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <MoneyField source="costPrice" />
      <MoneyField source="salePrice" />
      <NumberField source="reorderPoint" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
      <PartStock />
    </SimpleShowLayout>
  </Show>
);
