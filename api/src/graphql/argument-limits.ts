import { isUuid } from '../common/uuid';
import {
  Kind,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  isScalarType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldError, type FieldError } from '../common/errors';

/**
 * Checks of the plain String/ID arguments of fields (`login(username)`, `trackServiceOrder(number)`,
 * `awaitingParts(stationId)` …): input objects are validated by their classes (class-validator),
 * these are the arguments no class sees.
 *
 * - Text: at most its ARGUMENT_LENGTHS entry (the column's length, or what the value can reasonably
 *   be), else DEFAULT_ARGUMENT_LENGTH characters.
 * - Ids: UUIDs. A record's own `id` argument is not checked here: a malformed one is like any
 *   unknown id, NOT_FOUND (the resolvers say so).
 */
export const ARGUMENT_LENGTHS: Readonly<Record<string, number>> = {
  'Mutation.login.username': 60,
  'Mutation.login.password': 200,
  'Mutation.changePassword.currentPassword': 200,
  'Mutation.changePassword.newPassword': 200,
  'Query.trackServiceOrder.number': 20,
  'Query.trackServiceOrder.phoneLast4': 20,
  'Query.trackServiceOrderByToken.token': 100,
  'Mutation.saveFilter.name': 60,
  'Mutation.saveFilter.resource': 60,
  'Query.savedFilters.resource': 60,
  'Mutation.addServiceOrderNote.note': 2000,
};

export const DEFAULT_ARGUMENT_LENGTH = 2000;
/** Ids are UUIDs (36 characters); anything much longer is not one of ours. */
const ID_LENGTH = 100;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  errors: FieldError[];
  seen: Set<SelectionSetNode>;
}

/** Over-long or malformed scalar arguments anywhere in the operation, as field errors (empty when all fit). */
export function argumentErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): FieldError[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return []; // the request fails on its variables before any field runs
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const root = schema.getRootType(operation.operation);
  const walk: Walk = { schema, fragments, variables: coerced.coerced, errors: [], seen: new Set() };
  if (root) visit(walk, operation.selectionSet, root);
  return walk.errors;
}

function visit(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLNamedType): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      visit(walk, selection.selectionSet, on ?? parent);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      // A fragment spread many times is the same arguments: check it once.
      if (!fragment || walk.seen.has(fragment.selectionSet)) continue;
      walk.seen.add(fragment.selectionSet);
      visit(walk, fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) ?? parent);
      continue;
    }
    const name = selection.name.value;
    const def =
      name === SchemaMetaFieldDef.name
        ? SchemaMetaFieldDef
        : name === TypeMetaFieldDef.name
          ? TypeMetaFieldDef
          : isObjectType(parent) || isInterfaceType(parent)
            ? parent.getFields()[name]
            : undefined;
    if (!def) continue;
    if (def.args.length) {
      let values: Record<string, unknown> = {};
      try {
        values = getArgumentValues(def, selection, walk.variables);
      } catch {
        // An argument that does not coerce fails its field before it resolves.
      }
      for (const arg of def.args) {
        const type = getNamedType(arg.type);
        if (!isScalarType(type) || (type.name !== 'String' && type.name !== 'ID')) continue;
        const max = ARGUMENT_LENGTHS[`${parent.name}.${name}.${arg.name}`] ?? (type.name === 'ID' ? ID_LENGTH : DEFAULT_ARGUMENT_LENGTH);
        const value = values[arg.name];
        const texts = Array.isArray(value) ? value : [value];
        if (texts.some((t) => typeof t === 'string' && t.length > max)) {
          walk.errors.push(fieldError(arg.name, `太长（最多 ${max} 个字符）`, `is too long (at most ${max} characters)`));
        } else if (type.name === 'ID' && arg.name !== 'id' && texts.some((t) => typeof t === 'string' && !isUuid(t))) {
          walk.errors.push(fieldError(arg.name, '不是有效的编号（UUID）', 'is not a valid id (UUID)'));
        }
      }
    }
    if (selection.selectionSet) visit(walk, selection.selectionSet, getNamedType(def.type));
  }
}
