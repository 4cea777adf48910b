import { Create } from 'react-admin';
import { ServiceStationForm } from './ServiceStationForm';

export const ServiceStationCreate = () => (
  <Create redirect="show">
    <ServiceStationForm />
  </Create>
);
