import DataLoader from 'dataloader';
import type { EntityClass, EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Utils } from '@mikro-orm/core';
import { type Actor, can } from '../modules/auth/actor';
import type { Resource } from '../modules/auth/permissions';
import { forbidden } from '../common/errors';

const RESOURCE_OF = new Map<string, Resource>();
/** Which permission guards reading an entity through a relation (registered by each resource). */
export function registerResource(entityName: string, resource: Resource): void {
  RESOURCE_OF.set(entityName, resource);
}

type AnyEntity = object & { id?: unknown };

/**
 * Per-request DataLoaders: every relation a list fans out to is fetched in one batched query
 * per relation, never one query per row.
 */
export class Loaders {
  private readonly byId = new Map<string, DataLoader<string, AnyEntity | null>>();
  private readonly byParent = new Map<string, DataLoader<string, AnyEntity[]>>();

  constructor(
    private readonly em: EntityManager,
    private readonly actor?: Actor,
  ) {}

  /** Following a relation must not reveal what the caller may not read directly. */
  private assertReadable(entity: EntityClass<unknown>): void {
    const resource = RESOURCE_OF.get(Utils.className(entity));
    if (resource && !can(this.actor, `${resource}:read`)) throw forbidden(`${resource}:read`);
  }

  /** One record by primary key (null when missing). */
  load<T extends AnyEntity>(entity: EntityClass<T>, id: string | null | undefined): Promise<T | null> {
    if (!id) return Promise.resolve(null);
    this.assertReadable(entity);
    return this.loaderById(entity).load(id) as Promise<T | null>;
  }

  loadMany<T extends AnyEntity>(entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
    this.assertReadable(entity);
    return this.loaderById(entity)
      .loadMany(ids)
      .then((rows) => rows.filter((r): r is T => !!r && !(r instanceof Error)) as T[]);
  }

  /** The children of a parent through a many-to-one property, e.g. a customer's product units. */
  children<T extends AnyEntity>(
    entity: EntityClass<T>,
    property: string,
    parentId: string,
    orderBy: QueryOrderMap<T> = { createdAt: 'asc' } as QueryOrderMap<T>,
  ): Promise<T[]> {
    this.assertReadable(entity);
    const name = Utils.className(entity);
    const key = `${name}.${property}.${JSON.stringify(orderBy)}`;
    let loader = this.byParent.get(key);
    if (!loader) {
      loader = new DataLoader<string, AnyEntity[]>(async (parentIds) => {
        const rows = await this.em.find(entity, { [property]: { $in: [...parentIds] } } as unknown as FilterQuery<T>, {
          orderBy,
        });
        const groups = new Map<string, AnyEntity[]>(parentIds.map((id) => [id, []]));
        for (const row of rows) {
          const ref = (row as Record<string, unknown>)[property] as { id: string } | string | undefined;
          const parent = typeof ref === 'object' ? ref?.id : ref;
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
        const rows = await this.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
        const map = new Map(rows.map((r) => [String(r.id), r as AnyEntity]));
        return ids.map((id) => map.get(id) ?? null);
      });
      this.byId.set(name, loader);
    }
    return loader;
  }
}
