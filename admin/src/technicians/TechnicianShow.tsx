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

export const TechnicianShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <ReferenceField source="stationId" reference="serviceStations" />
      <TextField source="mobile" />
      <NumberField source="skillGrade" />
      <NumberField source="dailyOrderLimit" />
      <NumberField source="baseWage" />
      <NumberField source="wageCap" />
      <NumberField source="commissionCoefficient" />
      <EnumField source="status" enumName="TechnicianStatus" />
      <ReferenceArrayField source="regionIds" reference="regions">
        <SingleFieldList>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
