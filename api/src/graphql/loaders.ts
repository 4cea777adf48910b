import DataLoader from 'dataloader';
import type { EntityClass, EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Utils } from '@mikro-orm/core';
import type { Actor } from '../modules/auth/actor';
import { assertMayRead, withinScope } from '../common/access/policy';
import { foreignKey, type OrderSpec } from './relations';
import { checkDeadline, type Deadline } from '../common/deadline';

type AnyEntity = object & { id?: unknown };

/**
 * Per-request DataLoaders: every relation a list fans out to is fetched in one batched query per
 * relation, never one query per row. Each batch is narrowed by the target's access policy, so a
 * record outside the caller's scope resolves to null (or is left out of a list), never returned.
 * Lists read through the compiled path (graphql/read) do not get here; mutation results do.
 */
export class Loaders {
  private readonly byId = new Map<string, DataLoader<string, AnyEntity | null>>();
  private readonly byParent = new Map<string, DataLoader<string, AnyEntity[]>>();

  constructor(
    private readonly em: EntityManager,
    private readonly actor?: Actor,
    private readonly deadline?: () => Deadline | undefined,
  ) {}

  /** One record by primary key: null when missing or outside the caller's scope. */
  load<T extends AnyEntity>(entity: EntityClass<T>, id: string | null | undefined): Promise<T | null> {
    if (!id) return Promise.resolve(null);
    assertMayRead(this.actor, entity);
    return this.loaderById(entity).load(id) as Promise<T | null>;
  }

  /** Records by id in the order asked, those outside the caller's scope left out. */
  loadMany<T extends AnyEntity>(entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
    assertMayRead(this.actor, entity);
    return this.loaderById(entity)
      .loadMany(ids)
      .then((rows) => rows.filter((r): r is T => !!r && !(r instanceof Error)) as T[]);
  }

  /** The children of a parent through a many-to-one property, e.g. a customer's product units. */
  children<T extends AnyEntity>(entity: EntityClass<T>, property: string, parentId: string, orderBy: OrderSpec): Promise<T[]> {
    assertMayRead(this.actor, entity);
    const key = `${Utils.className(entity)}.${property}.${JSON.stringify(orderBy)}`;
    let loader = this.byParent.get(key);
    if (!loader) {
      loader = new DataLoader<string, AnyEntity[]>(async (parentIds) => {
        checkDeadline(this.deadline?.());
        const where = withinScope(entity, this.actor, { [property]: { $in: [...parentIds] } } as FilterQuery<T>);
        const rows = await this.em.find(entity, where, { orderBy: orderBy as QueryOrderMap<T> });
        const groups = new Map<string, AnyEntity[]>(parentIds.map((id) => [id, []]));
        for (const row of rows) {
          const parent = foreignKey(row, property);
          if (parent) groups.get(parent)?.push(row);
        }
        return parentIds.map((id) => groups.get(id) ?? []);
      });
      this.byParent.set(key, loader);
    }
    return loader.load(parentId) as Promise<T[]>;
  }

  private loaderById<T extends AnyEntity>(entity: EntityClass<T>): DataLoader<string, AnyEntity | null> {
    const name = Utils.className(entity);
    let loader = this.byId.get(name);
    if (!loader) {
      loader = new DataLoader<string, AnyEntity | null>(async (ids) => {
        checkDeadline(this.deadline?.());
        const where = withinScope(entity, this.actor, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
        const rows = await this.em.find(entity, where);
        const map = new Map(rows.map((r) => [String(r.id), r as AnyEntity]));
        return ids.map((id) => map.get(id) ?? null);
      });
      this.byId.set(name, loader);
    }
    return loader;
  }
}
