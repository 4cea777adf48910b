import type { DataProvider, RaRecord, SortPayload } from 'react-admin';

/** The API's page size limit (`perPage` at most 500). */
export const EXPORT_PAGE = 500;
/** Offsets stop at 10,000 rows (README "read path"); an export stops there too and says so. */
export const EXPORT_LIMIT = 10_000;

export interface FetchedRows<T> {
  rows: T[];
  /** All rows matching the filter (the export holds at most EXPORT_LIMIT of them). */
  total: number;
}

/** Every row of a filtered list, page after page of at most 500 (the API refuses more per page). */
export async function fetchAllRows<T extends RaRecord>(
  dataProvider: DataProvider,
  resource: string,
  params: { filter: Record<string, unknown>; sort: SortPayload },
  onProgress?: (done: number, total: number) => void,
): Promise<FetchedRows<T>> {
  const rows: T[] = [];
  let total = 0;
  for (let page = 1; rows.length < EXPORT_LIMIT; page += 1) {
    const result = await dataProvider.getList<T>(resource, { ...params, pagination: { page, perPage: EXPORT_PAGE } });
    total = result.total ?? rows.length + result.data.length;
    rows.push(...result.data);
    onProgress?.(rows.length, Math.min(total, EXPORT_LIMIT));
    if (result.data.length < EXPORT_PAGE || rows.length >= total) break;
  }
  return { rows: rows.slice(0, EXPORT_LIMIT), total };
}
