import type { Request } from '../dataProvider/operations';

/** A field of the query catalogue, as the API lets the signed-in user use it. */
export interface CatalogueField {
  path: string;
  label: string;
  type: 'text' | 'integer' | 'number' | 'money' | 'date' | 'datetime' | 'boolean' | 'enum' | 'ref';
  enumName: string | null;
  target: string | null;
  operators: string[];
  aggregates: string[];
  groupable: boolean;
  sortable: boolean;
  column: boolean;
  masked: boolean;
}

export interface QueryRootInfo {
  root: string;
  type: string;
  label: string;
  title: string | null;
  defaultColumns: string[];
  fields: CatalogueField[];
}

export interface QueryColumn {
  key: string;
  label: string;
  type: CatalogueField['type'];
  enumName: string | null;
  bucket: string | null;
  aggregate: string | null;
  path: string | null;
  masked: boolean;
}

export interface QueryResult {
  columns: QueryColumn[];
  rows: Array<{ values: unknown[] }>;
  total: number;
  totalExact: boolean;
  description: string;
}

export interface FilterNode {
  combinator?: string;
  not?: boolean;
  rules?: FilterNode[];
  field?: string;
  operator?: string;
  value?: unknown;
}

/** An ad-hoc query as the API takes it (AdHocQueryInput), and as a saved query keeps it. */
export interface QueryDefinition {
  root: string;
  columns?: string[];
  filter?: FilterNode;
  groupBy?: Array<{ field: string; bucket?: string }>;
  aggregates?: Array<{ fn: string; field?: string }>;
  sort?: Array<{ key: string; direction?: 'ASC' | 'DESC' }>;
  limit?: number;
}

export interface SavedQuery {
  id: string;
  name: string;
  description: string | null;
  root: string;
  definition: QueryDefinition;
  ownerId: string;
  ownerName: string | null;
  sharedWithRoles: string[] | null;
  updatedAt: string;
}

export interface ExportRun {
  id: string;
  url: string;
  fileName: string;
  status: 'QUEUED' | 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
  total: number | null;
  rowsDone: number;
  error: string | null;
  /** Written by a background job: poll until DONE, then download. */
  background: boolean;
}

export interface ImportBatch {
  id: string;
  uploadUrl: string;
  status: string;
  background: boolean;
  rowsTotal: number;
  rowsDone: number;
  rowsImported: number;
  errorCount: number;
  errors?: Array<{ row: number; column: string | null; message: string; value: string | null }>;
}

const RESULT = 'columns { key label type enumName bucket aggregate path masked } rows { values } total totalExact description';
const SAVED = 'id name description root definition ownerId ownerName sharedWithRoles updatedAt';

export const ANALYTICS_DOCUMENTS = {
  queryRoots: 'query queryRoots { result: queryRoots { root type label title defaultColumns } }',
  queryCatalogue: `query queryCatalogue($root: QueryRoot!) { result: queryCatalogue(root: $root) {
    root type label title defaultColumns fields { path label type enumName target operators aggregates groupable sortable column masked } } }`,
  runQuery: `query runQuery($query: AdHocQueryInput!, $page: Int, $perPage: Int) { result: runQuery(query: $query, page: $page, perPage: $perPage) { ${RESULT} } }`,
  savedQueries: `query savedQueries { result: savedQueries(perPage: 200, sortField: name, sortOrder: ASC) { items { ${SAVED} } } }`,
  createSavedQuery: `mutation createSavedQuery($input: SavedQueryCreateInput!) { result: createSavedQuery(input: $input) { ${SAVED} } }`,
  updateSavedQuery: `mutation updateSavedQuery($id: ID!, $input: SavedQueryUpdateInput!) { result: updateSavedQuery(id: $id, input: $input) { ${SAVED} } }`,
  deleteSavedQuery: 'mutation deleteSavedQuery($id: ID!) { result: deleteSavedQuery(id: $id) { id } }',
  startExport: 'mutation startExport($input: ExportInput!) { result: startExport(input: $input) { id url fileName status total rowsDone error background } }',
  exportRun: 'query exportRun($id: ID!) { result: exportRun(id: $id) { id url fileName status total rowsDone error background } }',
  startImport: 'mutation startImport($input: ImportInput!) { result: startImport(input: $input) { id uploadUrl status background rowsTotal rowsDone rowsImported errorCount } }',
  importBatch: `query importBatch($id: ID!) { result: importBatch(id: $id) { id uploadUrl status background rowsTotal rowsDone rowsImported errorCount
    errors(limit: 1000) { row column message value } } }`,
} as const satisfies Record<string, string>;

/** The panel's calls for queries, saved queries, exports and imports (one document each, as operations.ts does). */
export function buildAnalytics(request: Request) {
  type Name = keyof typeof ANALYTICS_DOCUMENTS;
  const call = async <T>(name: Name, variables: Record<string, unknown> = {}, kind: 'query' | 'mutation' = 'query') =>
    (await request(ANALYTICS_DOCUMENTS[name], variables, kind)).result as T;
  return {
    queryRoots: () => call<QueryRootInfo[]>('queryRoots'),
    queryCatalogue: (root: string) => call<QueryRootInfo>('queryCatalogue', { root }),
    runQuery: (query: QueryDefinition, page = 1, perPage = 50) => call<QueryResult>('runQuery', { query, page, perPage }),
    savedQueries: async () => (await call<{ items: SavedQuery[] }>('savedQueries')).items,
    createSavedQuery: (input: { name: string; description?: string | null; definition: QueryDefinition; sharedWithRoles?: string[] }) =>
      call<SavedQuery>('createSavedQuery', { input }, 'mutation'),
    updateSavedQuery: (id: string, input: { name?: string; description?: string | null; definition?: QueryDefinition; sharedWithRoles?: string[] }) =>
      call<SavedQuery>('updateSavedQuery', { id, input }, 'mutation'),
    deleteSavedQuery: (id: string) => call<{ id: string }>('deleteSavedQuery', { id }, 'mutation'),
    startExport: (input: Record<string, unknown>) => call<ExportRun>('startExport', { input }, 'mutation'),
    exportRun: (id: string) => call<ExportRun>('exportRun', { id }),
    startImport: (input: { entity: string; mode: 'DRY_RUN' | 'COMMIT'; fileName: string; background?: boolean }) => call<ImportBatch>('startImport', { input }, 'mutation'),
    importBatch: (id: string) => call<ImportBatch>('importBatch', { id }),
  };
}

export type AnalyticsApi = ReturnType<typeof buildAnalytics>;
