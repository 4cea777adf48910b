import { Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { badInput, fieldError } from '../../common/errors';
import { ref, relationResolver } from '../../graphql/relations';
import { Region } from '../region/region.entity';
import { ServiceStation } from './service-station.entity';
import { Technician } from './technician.entity';
import { Warehouse } from './warehouse.entity';
import { User } from '../auth/user.entity';
import * as inputs from './station.inputs';
import './station.policy';

/** A station cannot be its own network ancestor. */
async function assertNoCycle(station: ServiceStation, ctx: Context): Promise<void> {
  let parentId = station.parentId;
  for (let depth = 0; parentId && depth < 20; depth++) {
    if (parentId === station.id) {
      throw badInput([fieldError('parentId', '不能形成循环的上级网点', 'would make the network a loop')]);
    }
    const parent: ServiceStation | null = await ctx.em.findOne(ServiceStation, parentId);
    parentId = parent?.parentId ?? null;
  }
}

@Resolver(() => ServiceStation)
export class ServiceStationResolver extends crudResolver({
  entity: ServiceStation,
  name: 'ServiceStation',
  plural: 'ServiceStations',
  createInput: inputs.ServiceStationCreateInput,
  updateInput: inputs.ServiceStationUpdateInput,
  filterInput: inputs.ServiceStationFilter,
  sortFields: ['code', 'name', 'kind', 'createdAt'],
  searchFields: ['code', 'name', 'address', 'contact'],
  validate: assertNoCycle,
}) {}

/**
 * A user linked to a technician works at that technician's station (user.resolver.ts): when the
 * technician moves, the user moves with them, in the same transaction (audited as the user's change).
 */
async function followTechnician(technician: Technician, ctx: Context): Promise<void> {
  const users = await ctx.em.find(User, { technician: technician.id });
  for (const user of users) if (user.station?.id !== technician.stationId) user.station = technician.station;
}

@Resolver(() => Technician)
export class TechnicianResolver extends crudResolver({
  entity: Technician,
  name: 'Technician',
  plural: 'Technicians',
  createInput: inputs.TechnicianCreateInput,
  updateInput: inputs.TechnicianUpdateInput,
  filterInput: inputs.TechnicianFilter,
  sortFields: ['code', 'name', 'skillGrade', 'status', 'createdAt'],
  searchFields: ['code', 'name', 'mobile'],
  where: (f) => (f.regionId ? { regionIds: { $contains: [f.regionId] } } : undefined),
  validate: followTechnician,
}) {}

@Resolver(() => Warehouse)
export class WarehouseResolver extends crudResolver({
  entity: Warehouse,
  name: 'Warehouse',
  plural: 'Warehouses',
  createInput: inputs.WarehouseCreateInput,
  updateInput: inputs.WarehouseUpdateInput,
  filterInput: inputs.WarehouseFilter,
  sortFields: ['code', 'name', 'createdAt'],
  searchFields: ['code', 'name'],
}) {}

export const ServiceStationRelations = relationResolver(ServiceStation, {
  region: ref(() => Region, 'region', { nullable: true }),
  parent: ref(() => ServiceStation, 'parent', { nullable: true, description: '上级网点 Network parent (hidden when outside your scope)' }),
});
export const TechnicianRelations = relationResolver(Technician, { station: ref(() => ServiceStation, 'station') });
export const WarehouseRelations = relationResolver(Warehouse, { station: ref(() => ServiceStation, 'station') });
