import type { Identifier } from 'ra-core';
import lifecycles from '../../../schema/lifecycles.json';
import type {
  AppraisalInput,
  AwaitingPartsRow,
  Code,
  Customer,
  FeeOverrideInput,
  OrderDashboard,
  OrderPartner,
  OrderTracking,
  ReadReplicaStatus,
  Part,
  Product,
  ProductUnit,
  SavedFilter,
  ServiceOrder,
  ServiceOrderAction,
  ServiceRules,
  ServiceRulesInput,
  ServiceStation,
  StationSuggestion,
  Technician,
  TechnicianSuggestion,
  Warning,
} from '../../../schema/generated/graphql';
import { buildStockOperations } from './stockOperations';
import { buildAfterSalesOperations } from './afterSalesOperations';

/** Sends one GraphQL document and resolves with its `data` (the panel uses Apollo, the contract test the test app). */
export type Request = (
  document: string,
  variables: Record<string, unknown>,
  kind: 'query' | 'mutation',
) => Promise<Record<string, unknown>>;

/** The mutation of each lifecycle step and its input type, as the API publishes them (schema/lifecycles.json). */
const STEP_MUTATIONS = lifecycles.ServiceOrder.steps as Record<ServiceOrderAction, { mutation: string; input: string }>;

/** Each step answers the new status, any warnings (不合理派工检查) and the rework order a bad visit opened. */
export const STEP_DOCUMENTS = Object.fromEntries(
  Object.entries(STEP_MUTATIONS).map(([action, { mutation, input }]) => [
    action,
    `mutation ${mutation}($id: ID!, $input: ${input}) { result: ${mutation}(id: $id, input: $input) {
      order { id status } warnings { code message messageEn } rework { id number } } }`,
  ]),
) as Record<ServiceOrderAction, string>;

/** What the incoming-call lookup shows of a customer: their units with warranty and history, and recent orders. */
const CALLER = `id name kind mobile phones address regionId serviceLevel
  productUnits { id serialNumber purchaseDate warrantyEndsOn inWarranty
    product { id modelNumber name categoryId } serviceOrders { id number status createdAt } }
  serviceOrders(limit: 5) { id number status createdAt reportedSymptom productId }`;

/** The API's operations beyond list/one/create/update/delete, one document each. */
export const DOCUMENTS = {
  reorderCodes: 'mutation reorderCodes($ids: [ID!]!) { result: reorderCodes(ids: $ids) { id sortOrder } }',
  revokeApiKey: 'mutation revokeApiKey($id: ID!) { result: revokeApiKey(id: $id) { id active revokedAt } }',
  grantableScopes: 'query grantableScopes { result: grantableScopes }',
  auditedEntityNames: 'query auditedEntityNames { result: auditedEntityNames }',
  recordServiceOrderAppraisal: `mutation recordServiceOrderAppraisal($id: ID!, $input: AppraisalInput!) {
    result: recordServiceOrderAppraisal(id: $id, input: $input) { id appraisalVerdict payer } }`,
  overrideServiceOrderFees: `mutation overrideServiceOrderFees($id: ID!, $input: FeeOverrideInput!) {
    result: overrideServiceOrderFees(id: $id, input: $input) { id labourFee visitFee partsFee totalFee payer feesOverridden } }`,
  addServiceOrderNote: `mutation addServiceOrderNote($id: ID!, $note: String!, $internal: Boolean!) {
    result: addServiceOrderNote(id: $id, note: $note, internal: $internal) { id } }`,
  technicianSuggestions: `query technicianSuggestions($orderId: ID!, $stationId: ID, $date: LocalDate) {
    result: technicianSuggestions(orderId: $orderId, stationId: $stationId, date: $date) {
      technician { id name code mobile status skillGrade } load dailyOrderLimit overloaded regionMatch isDefault } }`,
  stationSuggestions: `query stationSuggestions($orderId: ID!) {
    result: stationSuggestions(orderId: $orderId) {
      station { id name code } distanceKm distanceBand withinRadius openOrders dailyCapacity overCapacity } }`,
  findCallers: `query findCallers($phone: String!) {
    result: customers(filter: { phone: $phone, active: true }, perPage: 5) { items { ${CALLER} } } }`,
  findUnit: `query findUnit($productId: ID!, $serialNumber: String!) {
    result: productUnits(filter: { productId: $productId, serialNumber: $serialNumber }, perPage: 1) {
      items { id serialNumber purchaseDate warrantyEndsOn inWarranty owner { id name }
        serviceOrders { id number status createdAt } } } }`,
  awaitingParts: `query awaitingParts($stationId: ID, $manufacturerId: ID) {
    result: awaitingParts(stationId: $stationId, manufacturerId: $manufacturerId) {
      station { id name } manufacturer { id name } part { id code name } quantity arrivedQuantity orderCount oldestRequestedAt orderNumbers
      incoming unlinkedOrderPartIds } }`,
  savedFilters: 'query savedFilters($resource: String!) { result: savedFilters(resource: $resource) { id name filter } }',
  saveFilter: `mutation saveFilter($resource: String!, $name: String!, $filter: JSONObject!) {
    result: saveFilter(resource: $resource, name: $name, filter: $filter) { id name filter } }`,
  deleteSavedFilter: 'mutation deleteSavedFilter($id: ID!) { result: deleteSavedFilter(id: $id) }',
  serviceRules: `query serviceRules { result: serviceRules {
    nearKm middleKm nearHours middleHours farHours vipFactor contractFactor repeatRepairDays exchangeAfterRepairs reworkScoreAtMost } }`,
  updateServiceRules: `mutation updateServiceRules($input: ServiceRulesInput!) { result: updateServiceRules(input: $input) {
    nearKm middleKm nearHours middleHours farHours vipFactor contractFactor repeatRepairDays exchangeAfterRepairs reworkScoreAtMost } }`,
  orderPartners: 'query orderPartners { result: orderPartners { id name partnerKind } }',
  readReplica: 'query readReplica { result: readReplica { configured lagSeconds stale } }',
  orderDashboard: `query orderDashboard { result: orderDashboard {
    today overdue dueToday awaitingParts unassigned receivedToday intakeByDay { day count } } }`,
  trackServiceOrderByToken: `query trackServiceOrderByToken($token: String!) { result: trackServiceOrderByToken(token: $token) {
    number status kind productModel productName stationName stationPhone receivedAt completedAt appointmentStart appointmentEnd
    steps { action status at department summary } } }`,
} as const satisfies Record<string, string>;

type OrderSummary = Pick<ServiceOrder, 'id' | 'number' | 'status' | 'createdAt'>;

export type Caller = Pick<Customer, 'id' | 'name' | 'kind' | 'mobile' | 'phones' | 'address' | 'regionId' | 'serviceLevel'> & {
  productUnits: CallerUnit[];
  serviceOrders: (OrderSummary & Pick<ServiceOrder, 'reportedSymptom' | 'productId'>)[];
};
export type CallerUnit = Pick<ProductUnit, 'id' | 'serialNumber' | 'purchaseDate' | 'warrantyEndsOn' | 'inWarranty'> & {
  product: Pick<Product, 'id' | 'modelNumber' | 'name' | 'categoryId'>;
  serviceOrders: OrderSummary[];
};
export type FoundUnit = Pick<ProductUnit, 'id' | 'serialNumber' | 'purchaseDate' | 'warrantyEndsOn' | 'inWarranty'> & {
  owner?: Pick<Customer, 'id' | 'name'> | null;
  serviceOrders: OrderSummary[];
};
export interface StepResult {
  order: Pick<ServiceOrder, 'id' | 'status'>;
  warnings: Warning[];
  rework?: Pick<ServiceOrder, 'id' | 'number'> | null;
}
export type StationChoice = Omit<StationSuggestion, 'station'> & { station: Pick<ServiceStation, 'id' | 'name' | 'code'> };

export type Suggestion = Omit<TechnicianSuggestion, 'technician'> & {
  technician: Pick<Technician, 'id' | 'name' | 'code' | 'mobile' | 'status' | 'skillGrade'>;
};
export type AwaitingParts = Pick<AwaitingPartsRow, 'quantity' | 'arrivedQuantity' | 'orderCount' | 'oldestRequestedAt' | 'orderNumbers' | 'incoming' | 'unlinkedOrderPartIds'> & {
  station: Pick<ServiceStation, 'id' | 'name'>;
  manufacturer?: { id: string; name: string } | null;
  part: Pick<Part, 'id' | 'code' | 'name'>;
};
export type Saved = Pick<SavedFilter, 'id' | 'name' | 'filter'>;
/**
 * The provider's own methods for those operations, each answering `{ data }` like react-admin's.
 * Built on a Request so that the contract test runs exactly this code against the real API.
 */
export function buildOperations(request: Request) {
  type Name = keyof typeof DOCUMENTS;
  const query = async <T>(name: Name, variables: Record<string, unknown> = {}) => ({
    data: (await request(DOCUMENTS[name], variables, 'query')).result as T,
  });
  const mutate = async <T>(name: Name, variables: Record<string, unknown> = {}) => ({
    data: (await request(DOCUMENTS[name], variables, 'mutation')).result as T,
  });
  const items = <T>(page: { data: { items: T[] } }) => ({ data: page.data.items });

  return {
    reorderCodes: (ids: Identifier[]) => mutate<Pick<Code, 'id' | 'sortOrder'>[]>('reorderCodes', { ids }),
    revokeApiKey: (id: Identifier) => mutate<{ id: string; active: boolean; revokedAt: string }>('revokeApiKey', { id }),
    grantableScopes: () => query<string[]>('grantableScopes'),
    auditedEntityNames: () => query<string[]>('auditedEntityNames'),

    /** One lifecycle step; `input` is what that step's input type takes (`{}` where nothing is needed). */
    serviceOrderStep: async (action: ServiceOrderAction, id: Identifier, input: Record<string, unknown>) => ({
      data: (await request(STEP_DOCUMENTS[action], { id, input }, 'mutation')).result as StepResult,
    }),
    recordServiceOrderAppraisal: (id: Identifier, input: AppraisalInput) =>
      mutate<Pick<ServiceOrder, 'id'>>('recordServiceOrderAppraisal', { id, input }),
    overrideServiceOrderFees: (id: Identifier, input: FeeOverrideInput) =>
      mutate<Pick<ServiceOrder, 'id'>>('overrideServiceOrderFees', { id, input }),
    addServiceOrderNote: (id: Identifier, note: string, internal: boolean) =>
      mutate<Pick<ServiceOrder, 'id'>>('addServiceOrderNote', { id, note, internal }),
    technicianSuggestions: (orderId: Identifier, stationId: Identifier, date?: string) =>
      query<Suggestion[]>('technicianSuggestions', { orderId, stationId, date }),
    stationSuggestions: (orderId: Identifier) => query<StationChoice[]>('stationSuggestions', { orderId }),

    /** 来电显示: customers whose phone numbers contain these digits. */
    findCallers: async (phone: string) => items(await query<{ items: Caller[] }>('findCallers', { phone })),
    /** A serial number of a product: the unit with its warranty and history, when it is registered. */
    findUnit: async (productId: string, serialNumber: string) => ({
      data: (await query<{ items: FoundUnit[] }>('findUnit', { productId, serialNumber })).data.items[0] ?? null,
    }),
    awaitingParts: (filter: { stationId?: string; manufacturerId?: string }) => query<AwaitingParts[]>('awaitingParts', filter),

    savedFilters: (resource: string) => query<Saved[]>('savedFilters', { resource }),
    saveFilter: (resource: string, name: string, filter: Record<string, unknown>) =>
      mutate<Saved>('saveFilter', { resource, name, filter }),
    deleteSavedFilter: (id: Identifier) => mutate<string>('deleteSavedFilter', { id }),

    serviceRules: () => query<ServiceRules>('serviceRules'),
    updateServiceRules: (input: ServiceRulesInput) => mutate<ServiceRules>('updateServiceRules', { input }),

    /** Whether report pages read from a standby, and how far behind it is. */
    readReplica: () => query<ReadReplicaStatus>('readReplica'),
    /** 首页: the counts to act on now and intake per day, in the caller's scope. */
    orderDashboard: () => query<OrderDashboard>('orderDashboard'),
    /** The partners behind the caller's orders, for the order list's partner filter. */
    orderPartners: () => query<OrderPartner[]>('orderPartners'),

    /** The no-login tracking page (the link a dispatcher sends by SMS). */
    trackServiceOrderByToken: (token: string) => query<OrderTracking>('trackServiceOrderByToken', { token }),

    ...buildStockOperations(request),
    ...buildAfterSalesOperations(request),
  };
}

export type Operations = ReturnType<typeof buildOperations>;
