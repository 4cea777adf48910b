import { assertMayWrite } from '../../common/access/policy';
import { conflict, forbidden } from '../../common/errors';
import type { ServiceContext } from '../../common/service-context';
import { User } from '../auth/user.entity';
import { fieldCatalogue } from './catalogue';
import { checkDefinition } from './definition';
import { toDefinition } from './query.inputs';
import { SavedQuery } from './saved-query.entity';
import type { SavedQueryCreateInput, SavedQueryUpdateInput } from './saved-query.inputs';

/** Sharing changes the rules ask about: only a non-empty share, or a change of one, counts. */
function sharingChanges(input: { sharedWithRoles?: string[]; sharedWithApiKeyIds?: string[] }, record?: SavedQuery): string[] {
  const changed: string[] = [];
  const differs = (a: readonly string[] = [], b: readonly string[] = []) => a.length !== b.length || a.some((x) => !b.includes(x));
  if (input.sharedWithRoles && differs(input.sharedWithRoles, record?.sharedWithRoles)) changed.push('sharedWithRoles');
  if (input.sharedWithApiKeyIds && differs(input.sharedWithApiKeyIds, record?.sharedWithApiKeyIds)) changed.push('sharedWithApiKeyIds');
  return changed;
}

/** The definition must run for the person saving it (fields they may use, values that fit). */
function checked(sc: ServiceContext, definition: SavedQueryCreateInput['definition']) {
  const plain = toDefinition(definition);
  checkDefinition(fieldCatalogue(sc.em.getMetadata()), sc.actor, plain);
  return plain as unknown as Record<string, unknown>;
}

async function assertNameFree(sc: ServiceContext, owner: string, name: string, except?: string): Promise<void> {
  const existing = await sc.em.findOne(SavedQuery, { owner, name });
  if (existing && existing.id !== except) throw conflict('name', name);
}

export async function createSavedQuery(sc: ServiceContext, input: SavedQueryCreateInput): Promise<SavedQuery> {
  if (sc.actor?.kind !== 'user') throw forbidden('query:write');
  assertMayWrite(SavedQuery, sc.actor, ['name', 'definition', ...sharingChanges(input)]);
  const definition = checked(sc, input.definition);
  const name = input.name.trim();
  await assertNameFree(sc, sc.actor.id, name);
  const saved = sc.em.create(SavedQuery, {
    name,
    description: input.description ?? null,
    root: String(definition.root),
    definition,
    owner: sc.em.getReference(User, sc.actor.id),
    ownerName: sc.actor.displayName ?? sc.actor.label,
    sharedWithRoles: input.sharedWithRoles ?? [],
    sharedWithApiKeyIds: input.sharedWithApiKeyIds ?? [],
  } as never);
  sc.em.persist(saved);
  await sc.em.flush();
  return saved;
}

export async function updateSavedQuery(sc: ServiceContext, saved: SavedQuery, input: SavedQueryUpdateInput): Promise<SavedQuery> {
  const changed = [...Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined && !k.startsWith('shared')), ...sharingChanges(input, saved)];
  assertMayWrite(SavedQuery, sc.actor, changed.length ? changed : ['name'], saved);
  if (input.name !== undefined) {
    const name = input.name.trim();
    await assertNameFree(sc, saved.ownerId, name, saved.id);
    saved.name = name;
  }
  if (input.description !== undefined) saved.description = input.description;
  if (input.definition) {
    saved.definition = checked(sc, input.definition);
    saved.root = String(saved.definition.root);
  }
  if (input.sharedWithRoles) saved.sharedWithRoles = input.sharedWithRoles;
  if (input.sharedWithApiKeyIds) saved.sharedWithApiKeyIds = input.sharedWithApiKeyIds;
  await sc.em.flush();
  return saved;
}

export async function deleteSavedQuery(sc: ServiceContext, saved: SavedQuery): Promise<SavedQuery> {
  assertMayWrite(SavedQuery, sc.actor, ['delete'], saved);
  sc.em.remove(saved);
  await sc.em.flush();
  return saved;
}
