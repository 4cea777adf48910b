/** Region levels are numbers in the API (1 province, 2 city, 3 district). */
export const REGION_LEVELS = [1, 2, 3].map((id) => ({ id, name: `enums.RegionLevel.${id}` }));
