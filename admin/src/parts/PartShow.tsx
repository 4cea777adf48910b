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
import { ShowActions } from '../common/ShowActions';
import { PartStock } from './PartStock';

const yuan = { style: 'currency', currency: 'CNY' };

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
      <NumberField source="costPrice" options={yuan} />
      <NumberField source="salePrice" options={yuan} />
      <NumberField source="reorderPoint" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
      <PartStock />
    </SimpleShowLayout>
  </Show>
);
