import type { EntityManager } from '@mikro-orm/postgresql';
import { type FieldError, fieldError } from '../../common/errors';
import { Code } from '../code-table/code.entity';
import { CodeGroup } from '../code-table/code-group.entity';
import type { CodeKind } from '../code-table/code-kind';

const KIND_NAMES: Record<string, { zh: string; en: string }> = {
  fault_symptom: { zh: '故障现象', en: 'fault symptom' },
  fault_cause: { zh: '故障原因', en: 'fault cause' },
  fault_location: { zh: '故障部位', en: 'fault location' },
  repair_method: { zh: '维修方法', en: 'repair method' },
  after_sales_reason: { zh: '售后原因', en: 'after-sales reason' },
};

/**
 * A code a person picked must be of the right table, active, and allowed for the product's
 * category (by its own limit and by its group's catalog profile). Returns the problem, if any.
 */
export async function checkCode(
  em: EntityManager,
  field: string,
  codeId: string,
  kind: CodeKind,
  categoryId: string,
): Promise<FieldError | undefined> {
  const code = await em.findOne(Code, codeId);
  const name = KIND_NAMES[kind];
  if (!code || code.kind !== kind) return fieldError(field, `不是${name.zh}代码`, `is not a ${name.en} code`);
  if (!code.active) return fieldError(field, `「${code.name}」已停用`, `"${code.nameEn ?? code.code}" is deactivated`);
  const group = await em.findOneOrFail(CodeGroup, code.groupId);
  const allows = (ids: string[]) => ids.length === 0 || ids.includes(categoryId);
  if (!group.active || !allows(code.categoryIds) || !allows(group.categoryIds)) {
    return fieldError(field, `「${code.name}」不适用于该产品类别`, `"${code.nameEn ?? code.code}" does not apply to this product category`);
  }
  return undefined;
}
