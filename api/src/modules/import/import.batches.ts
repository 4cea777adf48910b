import { can } from '../auth/actor';
import { AppError, ErrorCode, badInput, forbidden } from '../../common/errors';
import { textOf } from '../../common/labels/catalogue';
import type { ServiceContext } from '../../common/service-context';
import { ImportBatch, type ImportMode } from './import-batch.entity';
import { importSpec, type ImportSpec } from './import-spec';

/** Bulk imports are the back office's: a user not tied to a station, with write access to the records. */
export function assertMayImport(sc: ServiceContext, spec: ImportSpec): void {
  const actor = sc.actor;
  if (actor?.kind !== 'user' || actor.stationId) throw new AppError(ErrorCode.FORBIDDEN, textOf('import.staff'));
  if (!can(actor, `${spec.resource}:write`)) throw forbidden(`${spec.resource}:write`);
}

export async function startImport(sc: ServiceContext, input: { entity: string; mode: ImportMode; fileName: string; background?: boolean }): Promise<ImportBatch> {
  const spec = importSpec(input.entity);
  if (!spec) throw badInput([{ field: 'entity', message: { zh: 'entity：不能导入', en: 'entity: cannot be imported' } }]);
  assertMayImport(sc, spec);
  const batch = sc.em.create(ImportBatch, {
    entity: input.entity,
    mode: input.mode,
    fileName: input.fileName.trim(),
    actorKind: sc.actor!.kind,
    actorId: sc.actor!.id,
    actorLabel: sc.actor!.label,
    lang: sc.lang,
    background: input.background ?? false,
  } as never) as ImportBatch;
  sc.em.persist(batch);
  await sc.em.flush();
  return batch;
}
