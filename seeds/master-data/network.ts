import { distanceKm } from '../../api/src/modules/service-order/sla';
import { ServiceStation, StationKind } from '../../api/src/modules/station/service-station.entity';
import { Technician, TechnicianStatus } from '../../api/src/modules/station/technician.entity';
import { Warehouse, WarehouseKind } from '../../api/src/modules/station/warehouse.entity';
import { CENTRAL_WAREHOUSE_STATION, STATION_PROFILE, STATIONS, type StationData } from '../data/network';
import { landline, mobile, near, personName } from '../factories';
import type { SeedContext } from '../seed-context';
import type { DistrictRow, SeededRegions } from './regions';

export interface StationRow {
  id: string;
  code: string;
  name: string;
  kind: StationKind;
  district: DistrictRow;
  address: string;
  latitude: number;
  longitude: number;
}

export interface TechnicianRow {
  id: string;
  name: string;
  stationId: string;
  regionIds: string[];
}

export interface SeededNetwork {
  stations: StationRow[];
  stationByCode: Map<string, StationRow>;
  technicians: TechnicianRow[];
  warehouses: number;
}

/** Stations (general agents first: the others point at them), their technicians and warehouses. */
export async function seedNetwork(ctx: SeedContext, regions: SeededRegions): Promise<SeededNetwork> {
  const f = ctx.random('network');
  const stationByCode = new Map<string, StationRow>();
  const stationRows: object[] = [];
  const ordered = [...STATIONS].sort((a, b) => Number(!!a.parent) - Number(!!b.parent));
  for (const s of ordered) {
    const district = regions.districtByCode.get(s.district);
    if (!district) throw new Error(`Station ${s.code} names an unknown district ${s.district}`);
    const at = near(f, district.data, 1.5);
    const address = `${district.fullName}${f.helpers.arrayElement(district.data.roads)}${f.number.int({ min: 1, max: 400 })}号`;
    const row = ctx.row({
      code: s.code,
      name: s.name,
      kind: s.kind,
      region: district.id,
      parent: s.parent ? stationByCode.get(s.parent)!.id : null,
      address,
      contact: personName(f),
      phone: landline(f, district.city.areaCode),
      ...at,
      ...STATION_PROFILE[s.kind],
      active: true,
    });
    stationRows.push(row);
    stationByCode.set(s.code, { id: row.id, code: s.code, name: s.name, kind: s.kind, district, address, ...at });
  }

  const mobiles = new Set<string>();
  const technicianRows: object[] = [];
  const technicians: TechnicianRow[] = [];
  for (const s of STATIONS) {
    const station = stationByCode.get(s.code)!;
    const covered = coverage(station, s, regions);
    for (let i = 1; i <= s.technicians; i++) {
      const grade = f.helpers.weightedArrayElement([
        { weight: 1, value: 1 },
        { weight: 3, value: 2 },
        { weight: 4, value: 3 },
        { weight: 2, value: 4 },
        { weight: 1, value: 5 },
      ]);
      const baseWage = 3000 + grade * 600 + f.number.int({ min: 0, max: 4 }) * 100;
      const row = ctx.row({
        code: `T-${s.code}-${String(i).padStart(2, '0')}`,
        name: personName(f),
        mobile: mobile(f, mobiles),
        station: station.id,
        skillGrade: grade,
        dailyOrderLimit: 4 + grade + f.number.int({ min: 0, max: 1 }),
        baseWage,
        // Commission stops where base plus commission reach two and a half times the base.
        wageCap: Math.round((baseWage * 2.5) / 100) * 100,
        commissionCoefficient: Math.round((0.05 + grade * 0.02 + f.number.float({ min: 0, max: 0.02 })) * 100) / 100,
        regionIds: covered,
        status: f.helpers.weightedArrayElement([
          { weight: 10, value: TechnicianStatus.IDLE },
          { weight: 3, value: TechnicianStatus.ON_THE_WAY },
          { weight: 5, value: TechnicianStatus.ON_SITE },
          { weight: 2, value: TechnicianStatus.OFF_DUTY },
        ]),
        active: true,
      });
      technicianRows.push(row);
      technicians.push({ id: row.id, name: row.name, stationId: station.id, regionIds: covered });
    }
  }

  const warehouseRows: object[] = [];
  for (const station of stationByCode.values()) {
    const { id, code, name, address } = station;
    warehouseRows.push(ctx.row({ code: `${code}-W1`, name: `${name}配件仓`, station: id, central: false, kind: WarehouseKind.PARTS, address, active: true }));
    // Own centres keep replaced parts apart until they go back to the maker (旧件入库).
    if (station.kind === StationKind.OWN_CENTER) {
      warehouseRows.push(ctx.row({ code: `${code}-W2`, name: `${name}旧件仓`, station: id, central: false, kind: WarehouseKind.OLD_PARTS, address, active: true }));
    }
  }
  const hub = stationByCode.get(CENTRAL_WAREHOUSE_STATION)!;
  warehouseRows.push(
    ctx.row({ code: 'CW-01', name: '中心仓（广州）', station: hub.id, central: true, kind: WarehouseKind.PARTS, address: `${hub.district.fullName}黄埔大道西${f.number.int({ min: 100, max: 900 })}号`, active: true }),
  );

  await ctx.insert(ServiceStation, stationRows);
  await ctx.insert(Technician, technicianRows);
  await ctx.insert(Warehouse, warehouseRows);
  return {
    stations: [...stationByCode.values()],
    stationByCode,
    technicians,
    warehouses: warehouseRows.length,
  };
}

/** The districts of the station's city within its service radius (区域派工). */
function coverage(station: StationRow, data: StationData, regions: SeededRegions): string[] {
  const radius = STATION_PROFILE[data.kind].serviceRadiusKm;
  return regions
    .sameCity(station.district)
    .filter((d) => d.id === station.district.id || (distanceKm(station, d) ?? Infinity) <= radius)
    .map((d) => d.id);
}
