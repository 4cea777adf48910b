import type { EntityClass } from '@mikro-orm/core';
import { AppError, ErrorCode, forbidden } from '../errors';
import { enumLabel } from '../labels/catalogue';
import { lockInScope } from '../access/scoped';
import type { ServiceContext } from '../service-context';
import type { Actor } from '../../modules/auth/actor';
import { Role } from '../../modules/auth/role';

/** One step of a document's life: where it may start, where it leads, who may take it. */
export interface Step<S extends string, D> {
  from: readonly S[];
  to: S;
  /** Office roles that may take it (administrators always may). */
  roles: readonly Role[];
  /** Staff of the document's station (and service-network keys of that station) may take it too. */
  station?: boolean;
  /** Which station staff may take a station step: technicians unless given (parts keepers keep stock). */
  stationRoles?: readonly Role[];
  /** The station whose staff take this step when it is not the document's (a transfer is received at its destination). */
  stationOf?: (doc: D) => string | null | undefined;
  /**
   * A step that may be taken again and again (partial receipts): the document stays in its state
   * until this holds after the step, then it moves to `to`.
   */
  until?: (doc: D) => boolean;
  /** A further condition on the document (pre-sale orders end earlier, …). */
  applies?: (doc: D) => boolean;
  /** Where the step leads instead of `to` for some documents (by their kind): the first that holds, after the step. */
  branches?: ReadonlyArray<{ when: (doc: D) => boolean; to: S; note: string }>;
  /** Partner keys without a station that may take it (a manufacturer confirming a defect of its own products). */
  partner?: (actor: Actor, doc: D) => boolean;
  /** The GraphQL mutation taking the step and its input type (`Name!` when the input is required). */
  mutation: string;
  input: string;
}

/** What a step function gives back besides changing the document. */
export interface StepOutcome<W = never> {
  /** The timeline entry's structured lines (rendered in the reader's language) and the person's own note. */
  lines?: TimelineLine[];
  note?: string | null;
  warnings?: W[];
}

/** A line of system-written timeline text: a catalogue text and its parameters; `public` lines show on tracking. */
export interface TimelineLine {
  t: string;
  p?: Record<string, string | number | string[] | null>;
  /** Parameters that are enum values, rendered by their label: `{ verdict: 'AppraisalVerdict' }`. */
  e?: Record<string, string>;
  /**
   * Parameters that are calendar days (`YYYY-MM-DD`) or instants (ISO 8601), rendered in the
   * reader's language, instants in the business time zone: `{ date: 'day', start: 'moment' }`.
   */
  d?: Record<string, 'day' | 'moment'>;
  public?: boolean;
}

export interface LifecycleDefinition<S extends string, A extends string, D> {
  entity: EntityClass<D>;
  /** Enum names in the label catalogue: `ServiceOrderStatus`, `ServiceOrderAction`. */
  statusEnum: string;
  actionEnum: string;
  /** How messages name the document: `服务单 SO-2026-000123`. */
  describe(doc: D): { zh: string; en: string };
  steps: Record<A, Step<S, D>>;
  /** The station whose staff may take station steps; none for office-only documents. */
  stationOf?(doc: D): string | null | undefined;
  /** Final states: the step that reaches one stamps `closedAt`. */
  isClosed(doc: D): boolean;
  /** Appends the step to the document's timeline. */
  record(sc: ServiceContext, doc: D, entry: { action: A; from: S; lines: TimelineLine[]; note?: string | null; stationId?: string | null }): Promise<unknown>;
}

interface Stateful<S> {
  id: string;
  status: S;
  closedAt?: Date | null;
}

/**
 * A document lifecycle defined once as data (steps with from/to/who/applies/mutation) and run
 * by one engine: the steps a caller may take now, and taking one (lock through the access
 * policy, check state and caller, apply, move, stamp, append to the timeline; the unit of work
 * audits it in the same transaction).
 */
export class Lifecycle<S extends string, A extends string, D extends Stateful<S>> {
  constructor(readonly definition: LifecycleDefinition<S, A, D>) {}

  get actions(): A[] {
    return Object.keys(this.definition.steps) as A[];
  }

  step(action: A): Step<S, D> {
    return this.definition.steps[action];
  }

  stateAllows(doc: D, action: A): boolean {
    const step = this.step(action);
    return step.from.includes(doc.status) && (step.applies?.(doc) ?? true);
  }

  /** May this caller take this step on this document (its state aside)? */
  actorMay(actor: Actor, doc: D, action: A): boolean {
    const step = this.step(action);
    if (actor.kind === 'system' || actor.roles.includes(Role.ADMIN)) return true;
    if (actor.stationId) {
      const station = this.stationOf(doc, action);
      const staff = step.stationRoles ?? [Role.TECHNICIAN];
      return !!step.station && !!station && station === actor.stationId && (actor.kind === 'partner' || staff.some((r) => actor.roles.includes(r)));
    }
    if (actor.kind === 'partner') return step.partner?.(actor, doc) ?? false;
    return step.roles.some((r) => actor.roles.includes(r));
  }

  /** The state the step leads this document to. */
  target(doc: D, action: A): S {
    const step = this.step(action);
    return step.branches?.find((b) => b.when(doc))?.to ?? step.to;
  }

  /** The station whose staff may take this step on the document. */
  stationOf(doc: D, action: A): string | null | undefined {
    return (this.step(action).stationOf ?? this.definition.stationOf)?.(doc);
  }

  allowedActions(actor: Actor, doc: D): A[] {
    return this.actions.filter((a) => this.stateAllows(doc, a) && this.actorMay(actor, doc, a));
  }

  invalidTransition(doc: D, action: A, allowed: A[]): AppError {
    const { statusEnum, actionEnum } = this.definition;
    const status = enumLabel(statusEnum, doc.status);
    const verb = enumLabel(actionEnum, action);
    const name = this.definition.describe(doc);
    const zhAllowed = allowed.map((a) => enumLabel(actionEnum, a).zh).join('、') || '无';
    const enAllowed = allowed.map((a) => enumLabel(actionEnum, a).en).join(', ') || 'none';
    return new AppError(
      ErrorCode.INVALID_TRANSITION,
      {
        zh: `${name.zh} 当前状态为「${status.zh}」，不能执行「${verb.zh}」；可执行的操作：${zhAllowed}`,
        en: `${name.en} is “${status.en}”: it cannot “${verb.en}”. Allowed now: ${enAllowed}`,
      },
      { status: doc.status.toUpperCase(), action: action.toUpperCase(), allowedActions: allowed.map((a) => a.toUpperCase()) },
    );
  }

  /** Takes a step on the document with this id, as the context's actor, in the current transaction. */
  async run<W = never>(
    sc: ServiceContext,
    id: string,
    action: A,
    apply: (doc: D) => Promise<StepOutcome<W> | void> | StepOutcome<W> | void,
  ): Promise<{ doc: D; warnings: W[] }> {
    const actor = sc.actor;
    if (!actor) throw forbidden();
    const doc = await lockInScope(sc, this.definition.entity as EntityClass<D>, id);
    if (!this.stateAllows(doc, action)) throw this.invalidTransition(doc, action, this.allowedActions(actor, doc));
    if (!this.actorMay(actor, doc, action)) throw forbidden(`${this.definition.actionEnum}.${action}`);
    const from = doc.status;
    const outcome = (await apply(doc)) ?? {};
    const step = this.step(action);
    if (!step.until || step.until(doc)) doc.status = this.target(doc, action);
    if (this.definition.isClosed(doc)) doc.closedAt = sc.now();
    const atStation = step.station ? (this.stationOf(doc, action) ?? null) : null;
    await this.definition.record(sc, doc, {
      action,
      from,
      lines: outcome.lines ?? [],
      note: outcome.note,
      stationId: actor.stationId ?? atStation,
    });
    return { doc, warnings: outcome.warnings ?? [] };
  }

  /** The steps as partners and the panel read them (schema/lifecycles.json). */
  describeSteps(): Record<string, { from: string[]; to: string; branches?: { to: string; when: string }[]; mutation: string; input: string }> {
    return Object.fromEntries(
      this.actions.map((a) => {
        const s = this.step(a);
        const branches = s.branches?.map((b) => ({ to: b.to.toUpperCase(), when: b.note }));
        return [a.toUpperCase(), { from: s.from.map((f) => f.toUpperCase()), to: s.to.toUpperCase(), ...(branches ? { branches } : {}), mutation: s.mutation, input: s.input }];
      }),
    );
  }
}

const LIFECYCLES = new Map<string, Lifecycle<string, string, Stateful<string>>>();

export function defineLifecycle<S extends string, A extends string, D extends Stateful<S>>(
  definition: LifecycleDefinition<S, A, D>,
): Lifecycle<S, A, D> {
  const lifecycle = new Lifecycle(definition);
  LIFECYCLES.set((definition.entity as { name: string }).name, lifecycle as never);
  return lifecycle;
}

/** Every lifecycle, by document type name, for the schema emitter. */
export function lifecycles(): Map<string, Lifecycle<string, string, Stateful<string>>> {
  return LIFECYCLES;
}
