import { Region } from '../../api/src/modules/region/region.entity';
import { PROVINCES, type CityData, type DistrictData } from '../data/regions';
import type { Row, SeedContext } from '../seed-context';

export interface DistrictRow {
  id: string;
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  data: DistrictData;
  city: CityData;
  /** 广东省广州市天河区: the start of an address. */
  fullName: string;
}

export interface SeededRegions {
  count: number;
  districts: DistrictRow[];
  districtByCode: Map<string, DistrictRow>;
  /** Districts of the same city, for technicians' coverage and family members. */
  sameCity(district: DistrictRow): DistrictRow[];
}

/** Provinces, cities and districts, level by level so every parent exists before its children. */
export async function seedRegions(ctx: SeedContext): Promise<SeededRegions> {
  const provinces: Row[] = [];
  const cities: Row[] = [];
  const districtRows: Row[] = [];
  const districts: DistrictRow[] = [];
  for (const p of PROVINCES) {
    const province = ctx.row({ code: p.code, name: p.name, nameEn: p.nameEn, level: 1, parent: null, latitude: p.lat, longitude: p.lng, active: true });
    provinces.push(province);
    for (const c of p.cities) {
      // Beijing and Shanghai: the province is the city, so only the districts carry the name.
      const cityName = c.name.endsWith('市辖区') ? '' : c.name;
      const city = ctx.row({ code: c.code, name: c.name, nameEn: c.nameEn, level: 2, parent: province.id, latitude: c.lat, longitude: c.lng, active: true });
      cities.push(city);
      for (const d of c.districts) {
        const district = ctx.row({ code: d.code, name: d.name, nameEn: d.nameEn, level: 3, parent: city.id, latitude: d.lat, longitude: d.lng, active: true });
        districtRows.push(district);
        districts.push({ ...district, data: d, city: c, fullName: `${p.name}${cityName}${d.name}` });
      }
    }
  }
  await ctx.insert(Region, provinces);
  await ctx.insert(Region, cities);
  await ctx.insert(Region, districtRows);

  const byCity = new Map<string, DistrictRow[]>();
  for (const d of districts) byCity.set(d.city.code, [...(byCity.get(d.city.code) ?? []), d]);
  return {
    count: provinces.length + cities.length + districtRows.length,
    districts,
    districtByCode: new Map(districts.map((d) => [d.code, d])),
    sameCity: (d) => byCity.get(d.city.code)!,
  };
}
