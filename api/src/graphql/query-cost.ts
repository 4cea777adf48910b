import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  isInputObjectType,
  isEnumType,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getVariableValues,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

import { MAX_PER_PAGE } from './list';

/**
 * The query cost model. Every field in the response costs 1; a list multiplies the cost of its
 * selection by the number of rows it returns:
 *
 * - a paginated list by its page size (`perPage`, or `limit`, from literals or variables, the
 *   argument's default when absent, at most MAX_PER_PAGE), a list of given `ids` by their number;
 * - a list without a size argument by its estimate in LIST_SIZES (a timeline counts as 20 rows,
 *   technicians as 5 …), or DEFAULT_LIST_SIZE.
 *
 * So `serviceOrders(perPage: 500) { items { number customer { name } } }` costs
 * 1 (serviceOrders) + 1 (items) + 500 × (1 number + 1 customer + 1 name) = 1502: about the number of
 * values the server must load and write out. `__typename` is free (clients such as Apollo add it to
 * every selection; it needs no resolver). Introspection is counted the same way, with the schema's
 * own sizes (number of types, average fields per type …), at INTROSPECTION_WEIGHT per value: it is
 * answered from memory (measured about a tenth of the time of a value read from the database), and
 * graphql-js bounds its nesting.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'ServiceOrder.timeline': 20,
  'ServiceOrder.technicians': 5,
  'ServiceOrder.parts': 10,
  'ServiceOrder.reworkOrders': 5,
  'Customer.productUnits': 10,
  'ProductUnit.serviceOrders': 10,
  'Part.compatibleProducts': 20,
  'Code.categories': 10,
  'CodeGroup.categories': 10,
  'ApiKey.usage': 30,
  'OrderTracking.steps': 20,
  'TransitionResult.warnings': 5,
  'Query.awaitingParts': 100,
  'Query.stationSuggestions': 40,
  'Query.technicianSuggestions': 40,
  'Query.savedFilters': 50,
  'Query.queryRoots': 20,
  'QueryRootInfo.fields': 400,
  'OrderDashboard.intakeByDay': 14,
  'Query.orderPartners': 50,
  // Reports (api/src/modules/report): typical sizes of a month's rows.
  'MonthlyRepairReport.totals': 12,
  'MonthlyRepairReport.rows': 200,
  'ManufacturerSettlement.lines': 300,
  'Query.technicianCommission': 50,
  'TechnicianCommission.lines': 40,
  'TechnicianCommission.adjustments': 3,
  'Leaderboard.rows': 50,
  'FaultPareto.rows': 40,
  'Query.partsConsumption': 100,
  'Query.stockTurnover': 40,
  'Query.returnVisitSatisfaction': 40,
  'SlaBreaches.rows': 100,
  'SlaBreaches.orders': 200,
  'ManagerDashboard.topFaults': 5,
  'ManagerDashboard.stationsBehind': 5,
  // Stock (api/src/modules/stock): document lines and timelines, a part's stock per warehouse, the reports.
  'StockIn.lines': 10,
  'StockIn.timeline': 5,
  'StockOut.lines': 10,
  'StockOut.timeline': 5,
  'Requisition.lines': 5,
  'Requisition.timeline': 8,
  'Borrowing.lines': 5,
  'Borrowing.timeline': 5,
  'StockTransfer.lines': 10,
  'StockTransfer.timeline': 5,
  'StockTransfer.awaitedParts': 5,
  'PurchaseOrder.lines': 10,
  'PurchaseOrder.timeline': 8,
  'PurchaseOrder.awaitedParts': 5,
  'Stocktake.lines': 100,
  'Stocktake.timeline': 5,
  'Part.stock': 10,
  'OrderPart.issues': 1,
  'OrderPart.incoming': 1,
  'StockValue.warehouses': 50,
  'StockReconciliation.mismatches': 10,
  'Query.stockShortages': 200,
  'Query.technicianHoldings': 200,
  'Query.lateStockReturns': 50,
  'Mutation.purchaseOrdersFromShortages': 5,
  // After-sales documents (api/src/modules/returns, complaint, quality).
  'ReturnRequest.lines': 3,
  'ReturnRequest.timeline': 10,
  'ReturnTracking.steps': 10,
  'ProductUnit.warrantyExtensions': 2,
  'Complaint.timeline': 6,
  'ComplaintSummary.byCategory': 7,
  'ComplaintSummary.byStation': 50,
  'ComplaintSummary.byProduct': 100,
  'QualityFeedback.orders': 10,
  'QualityFeedback.timeline': 8,
};

/** What one value of introspection costs, against 1 for a value of data. */
export const INTROSPECTION_WEIGHT = 0.1;

/** Rows assumed for a list field that has neither a size argument nor an entry in LIST_SIZES. */
export const DEFAULT_LIST_SIZE = 20;

/** Arguments that set how many rows a list returns (`ids`: as many as it lists). */
const SIZE_ARGUMENTS = ['perPage', 'limit', 'ids'] as const;

export interface CostContext {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown>;
}

type Variables = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
  introspection: IntrospectionSizes;
}

/** The cost of one operation once its variables are known (see the model above). */
export function operationCost({ schema, document, operation, variables }: CostContext): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  // Variables that do not coerce fail the request before any field runs: nothing to count.
  if (coerced.errors) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk: Walk = { schema, fragments, variables: coerced.coerced, introspection: introspectionSizes(schema) };
  return Math.ceil(selectionCost(walk, operation.selectionSet, root, { rows: 1, ofType: 0, weight: 1 }));
}

function included(walk: Walk, node: FieldNode | { directives?: FieldNode['directives'] }): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, walk.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, walk.variables);
  return include?.if !== false;
}

interface At {
  /** How many times this selection is resolved. */
  rows: number;
  /**
   * A size argument of the enclosing field that applies to the first list below it
   * (`customers(perPage: 50) { items { … } }`: the page object holds the list).
   */
  pageSize?: number;
  /** How deep in `__Type.ofType`: below the schema's deepest wrapping it is null. */
  ofType: number;
  /** What one value costs here: 1, or INTROSPECTION_WEIGHT below `__schema`/`__type`. */
  weight: number;
}

function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLNamedType, at: At): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, selection, parent, at);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      // On an abstract type every fragment is counted: an upper bound.
      cost += selectionCost(walk, selection.selectionSet, on ?? parent, at);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment) continue;
      const on = walk.schema.getType(fragment.typeCondition.name.value) ?? parent;
      cost += selectionCost(walk, fragment.selectionSet, on, at);
    }
  }
  return cost;
}

function fieldDefinition(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!isObjectType(parent) && !isInterfaceType(parent)) return undefined;
  return parent.getFields()[name];
}

function fieldCost(walk: Walk, node: FieldNode, parent: GraphQLNamedType, at: At): number {
  const name = node.name.value;
  if (name === '__typename') return 0;
  const def = fieldDefinition(parent, name) ?? introspectionField(name);
  const weight = name === SchemaMetaFieldDef.name || name === TypeMetaFieldDef.name ? INTROSPECTION_WEIGHT : at.weight;
  const own = at.rows * weight;
  // Unknown fields fail validation before this runs; an unknown one here costs its row.
  if (!def) return own;
  const ofType = parent.name === '__Type' && name === 'ofType' ? at.ofType + 1 : 0;
  if (ofType > walk.introspection.wrapping) return own; // null: nothing below it resolves
  const type = getNullableType(def.type);
  const named = getNamedType(def.type);
  const size = sizeArgument(walk, def, node);
  const below: At = { rows: at.rows, ofType, weight };
  if (isListType(type)) {
    if (!isCompositeType(named)) return own; // a list of scalars or enums is one value
    below.rows = at.rows * (size ?? at.pageSize ?? listSize(walk, parent.name, name, named.name));
  } else {
    below.pageSize = size ?? at.pageSize;
  }
  if (!node.selectionSet || !isCompositeType(named)) return own;
  return own + selectionCost(walk, node.selectionSet, named, below);
}

function sizeArgument(walk: Walk, def: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
  const argument = def.args.find((a) => (SIZE_ARGUMENTS as readonly string[]).includes(a.name));
  if (!argument) return undefined;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(def, node, walk.variables);
  } catch {
    // An argument that does not coerce makes the field fail before it resolves.
    return 0;
  }
  const value = Array.isArray(values[argument.name]) ? (values[argument.name] as unknown[]).length : values[argument.name];
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.max(0, Math.min(Math.trunc(value), MAX_PER_PAGE));
}

function listSize(walk: Walk, parent: string, field: string, itemType: string): number {
  if (parent.startsWith('__') || itemType.startsWith('__')) {
    return walk.introspection[`${parent}.${field}`] ?? walk.introspection.default;
  }
  return LIST_SIZES[`${parent}.${field}`] ?? DEFAULT_LIST_SIZE;
}

function introspectionField(name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return undefined;
}

type IntrospectionSizes = Record<string, number> & { default: number; wrapping: number };
const INTROSPECTION = new WeakMap<GraphQLSchema, IntrospectionSizes>();

/**
 * List sizes of introspection from the schema itself: per type the mean over all types (a scalar
 * has no fields), and `ofType` is null below the deepest wrapping (`[X!]!` is three deep).
 */
function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const known = INTROSPECTION.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  const mean = (counts: number[]) => Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)));
  const fieldsOf = (t: GraphQLNamedType) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []);
  const fields = types.flatMap(fieldsOf);
  const inputFields = types.flatMap((t) => (isInputObjectType(t) ? Object.values(t.getFields()) : []));
  const wrapping = (type: GraphQLType): number => ('ofType' in type ? 1 + wrapping(type.ofType as GraphQLType) : 0);
  const sizes: IntrospectionSizes = {
    '__Schema.types': types.length,
    '__Schema.directives': schema.getDirectives().length,
    '__Type.fields': mean(types.map((t) => fieldsOf(t).length)),
    '__Type.inputFields': mean(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))),
    '__Type.enumValues': mean(types.map((t) => (isEnumType(t) ? t.getValues().length : 0))),
    '__Type.interfaces': 1,
    '__Type.possibleTypes': 1,
    '__Field.args': mean(fields.map((f) => f.args.length)),
    '__Directive.args': mean(schema.getDirectives().map((d) => d.args.length)),
    default: 10,
    wrapping: Math.max(
      0,
      ...fields.map((f) => wrapping(f.type)),
      ...fields.flatMap((f) => f.args.map((a) => wrapping(a.type))),
      ...inputFields.map((f) => wrapping(f.type)),
    ),
  };
  INTROSPECTION.set(schema, sizes);
  return sizes;
}
