import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { ServiceStationForm } from './ServiceStationForm';

export const ServiceStationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ServiceStationForm toolbar={<EditToolbar />} />
  </Edit>
);
