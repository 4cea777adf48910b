import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { badInput, fieldError, registerTableName } from '../../common/errors';
import { byStation } from '../../common/scopes';
import { Region } from '../region/region.entity';
import { ServiceStation } from './service-station.entity';
import { Technician } from './technician.entity';
import { Warehouse } from './warehouse.entity';
import * as inputs from './station.inputs';

const labels = {
  station: { zh: '维修站', en: 'service station' },
  technician: { zh: '维修员', en: 'technician' },
  warehouse: { zh: '仓库', en: 'warehouse' },
};
registerTableName('service_station', labels.station);
registerTableName('technician', labels.technician);
registerTableName('warehouse', labels.warehouse);

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
  label: labels.station,
  permission: 'serviceStation',
  createInput: inputs.ServiceStationCreateInput,
  updateInput: inputs.ServiceStationUpdateInput,
  filterInput: inputs.ServiceStationFilter,
  sortFields: ['code', 'name', 'kind', 'createdAt'],
  searchFields: ['code', 'name', 'address', 'contact'],
  scope: byStation('id'),
  validate: assertNoCycle,
}) {
  @FieldResolver(() => Region, { nullable: true })
  region(@Root() station: ServiceStation, @Ctx() ctx: Context) {
    return ctx.loaders.load(Region, station.regionId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  parent(@Root() station: ServiceStation, @Ctx() ctx: Context) {
    return ctx.loaders.load(ServiceStation, station.parentId);
  }
}

@Resolver(() => Technician)
export class TechnicianResolver extends crudResolver({
  entity: Technician,
  name: 'Technician',
  plural: 'Technicians',
  label: labels.technician,
  permission: 'technician',
  createInput: inputs.TechnicianCreateInput,
  updateInput: inputs.TechnicianUpdateInput,
  filterInput: inputs.TechnicianFilter,
  sortFields: ['code', 'name', 'skillGrade', 'status', 'createdAt'],
  searchFields: ['code', 'name', 'mobile'],
  scope: byStation('station'),
  where: (f) => (f.regionId ? { regionIds: { $contains: [f.regionId] } } : undefined),
}) {
  @FieldResolver(() => ServiceStation)
  station(@Root() technician: Technician, @Ctx() ctx: Context) {
    return ctx.loaders.load(ServiceStation, technician.stationId);
  }
}

@Resolver(() => Warehouse)
export class WarehouseResolver extends crudResolver({
  entity: Warehouse,
  name: 'Warehouse',
  plural: 'Warehouses',
  label: labels.warehouse,
  permission: 'warehouse',
  createInput: inputs.WarehouseCreateInput,
  updateInput: inputs.WarehouseUpdateInput,
  filterInput: inputs.WarehouseFilter,
  sortFields: ['code', 'name', 'createdAt'],
  searchFields: ['code', 'name'],
  scope: byStation('station'),
}) {
  @FieldResolver(() => ServiceStation)
  station(@Root() warehouse: Warehouse, @Ctx() ctx: Context) {
    return ctx.loaders.load(ServiceStation, warehouse.stationId);
  }
}
