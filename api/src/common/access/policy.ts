import { Utils, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { Bilingual } from '../i18n';
import { forbidden } from '../errors';
import { type Actor, can } from '../../modules/auth/actor';
import type { Resource } from '../../modules/auth/permissions';

/** How a field reads for an actor who may not see it as stored: hidden (null) or masked. */
export type Redaction = 'hide' | ((value: unknown) => unknown);
export type Redactions = Readonly<Record<string, Redaction>>;

/**
 * The one access rule of an entity, applied by every path that returns or changes it: lists,
 * get-one, get-many, relations and their batched loads, the compiled read path, suggestions,
 * reports and exports (as a query condition) and writes.
 */
export interface PolicyDefinition<E> {
  /** Permission prefix: reading needs `<resource>:read` on every path, relations included. */
  resource: Resource;
  label: Bilingual;
  /** The records the actor may see (and change), as a query condition; `undefined` means all. */
  scope?(actor: Actor): FilterQuery<E> | undefined;
  /** Fields this policy may hide or mask (the GraphQL layer wraps exactly these). */
  redactable?: readonly string[];
  /** The redactions that apply to the actor; filters, search and sorting may not use these fields. */
  redact?(actor: Actor): Redactions | undefined;
  /**
   * Field-level write rule: throws FORBIDDEN when the actor may not set one of `changed`
   * (`record` is undefined on create). Record scope is checked separately, before and after.
   */
  write?(actor: Actor, changed: readonly string[], record?: E): void;
}

export interface Policy<E = object> extends PolicyDefinition<E> {
  entity: EntityClass<E>;
  name: string;
}

/** A condition no record meets: the actor sees none of these records. */
export const NOTHING = { id: { $in: [] as string[] } };

const POLICIES = new Map<string, Policy>();

export function definePolicy<E>(entity: EntityClass<E>, definition: PolicyDefinition<E>): Policy<E> {
  const name = Utils.className(entity);
  if (POLICIES.has(name)) throw new Error(`A policy for ${name} is already defined`);
  const policy = { ...definition, entity, name } as Policy<E>;
  POLICIES.set(name, policy as unknown as Policy);
  return policy;
}

export function policyOf<E>(entity: EntityClass<E> | string): Policy<E> | undefined {
  return POLICIES.get(typeof entity === 'string' ? entity : Utils.className(entity)) as Policy<E> | undefined;
}

export function allPolicies(): Policy[] {
  return [...POLICIES.values()];
}

const isSystem = (actor: Actor | undefined) => actor?.kind === 'system';

const READABLE = new WeakMap<Actor, Map<string, boolean>>();

/** May the actor read records of this entity at all (its `<resource>:read` permission)? Asked once per relation and row: remembered per actor. */
export function mayRead(actor: Actor | undefined, entity: EntityClass<unknown> | string): boolean {
  const policy = policyOf(entity as EntityClass<object>);
  if (!policy) return true;
  if (!actor) return false;
  let known = READABLE.get(actor);
  if (!known) READABLE.set(actor, (known = new Map()));
  let may = known.get(policy.resource);
  if (may === undefined) known.set(policy.resource, (may = can(actor, `${policy.resource}:read`)));
  return may;
}

export function assertMayRead(actor: Actor | undefined, entity: EntityClass<unknown> | string): void {
  if (!mayRead(actor, entity)) throw forbidden(`${policyOf(entity as EntityClass<object>)!.resource}:read`);
}

/** The actor's record scope for an entity; `undefined` means every record. */
export function scopeOf<E>(entity: EntityClass<E> | string, actor: Actor | undefined): FilterQuery<E> | undefined {
  if (isSystem(actor)) return undefined;
  const policy = policyOf<E>(entity);
  if (!policy?.scope) return undefined;
  if (!actor) return NOTHING as unknown as FilterQuery<E>;
  return policy.scope(actor);
}

/** `where` narrowed to what the actor may see. */
export function withinScope<E>(entity: EntityClass<E> | string, actor: Actor | undefined, where: FilterQuery<E>): FilterQuery<E> {
  const scope = scopeOf(entity, actor);
  if (!scope) return where;
  return { $and: [where, scope] } as FilterQuery<E>;
}

export function redactionsOf(entity: EntityClass<unknown> | string, actor: Actor | undefined): Redactions | undefined {
  if (isSystem(actor) || !actor) return undefined;
  return policyOf(entity as EntityClass<object>)?.redact?.(actor);
}

export function applyRedaction(redaction: Redaction, value: unknown): unknown {
  if (redaction === 'hide') return null;
  if (value === null || value === undefined) return value;
  return Array.isArray(value) ? value.map((v) => redaction(v)) : redaction(value);
}

/** Throws FORBIDDEN when the actor may not set one of these fields of the entity. */
export function assertMayWrite<E>(entity: EntityClass<E>, actor: Actor | undefined, changed: readonly string[], record?: E): void {
  if (isSystem(actor) || !changed.length) return;
  const policy = policyOf(entity);
  if (!actor) throw forbidden();
  policy?.write?.(actor, changed, record);
}
