import { defineQueryType, enumOf } from '../query/catalogue';
import { ServiceStation, StationKind } from './service-station.entity';
import { Technician, TechnicianStatus } from './technician.entity';
import { Warehouse } from './warehouse.entity';

defineQueryType(ServiceStation, {
  root: 'serviceStations',
  title: 'name',
  fields: {
    code: {},
    name: {},
    kind: enumOf(StationKind, 'StationKind'),
    address: {},
    contact: {},
    phone: {},
    serviceRadiusKm: {},
    dailyCapacity: {},
    active: {},
    createdAt: {},
  },
  relations: ['region', 'parent'],
  defaultColumns: ['code', 'name', 'kind', 'region.name', 'parent.name', 'contact', 'phone', 'dailyCapacity', 'active'],
});

defineQueryType(Technician, {
  root: 'technicians',
  title: 'name',
  fields: {
    code: {},
    name: {},
    mobile: {},
    skillGrade: {},
    dailyOrderLimit: {},
    baseWage: {},
    wageCap: {},
    commissionCoefficient: {},
    status: enumOf(TechnicianStatus, 'TechnicianStatus'),
    active: {},
    createdAt: {},
  },
  relations: ['station'],
  defaultColumns: ['code', 'name', 'station.name', 'skillGrade', 'dailyOrderLimit', 'status', 'active'],
});

defineQueryType(Warehouse, {
  root: 'warehouses',
  title: 'name',
  fields: { code: {}, name: {}, central: {}, address: {}, active: {}, createdAt: {} },
  relations: ['station'],
  defaultColumns: ['code', 'name', 'station.name', 'central', 'address', 'active'],
});
