import { BooleanField, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { ShowActions } from '../common/ShowActions';
import { REGION_LEVELS } from './regionLevels';

export const RegionShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="nameEn" />
      <SelectField source="level" choices={REGION_LEVELS} />
      <ReferenceField source="parentId" reference="regions" />
      <NumberField source="latitude" />
      <NumberField source="longitude" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
