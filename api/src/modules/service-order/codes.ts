import type { EntityManager } from '@mikro-orm/postgresql';
import { type FieldError, fieldError } from '../../common/errors';
import { Code } from '../code-table/code.entity';
import { CodeGroup } from '../code-table/code-group.entity';
import type { CodeKind } from '../code-table/code-kind';
import { enumLabel } from '../../common/labels/catalogue';

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
  const label = enumLabel('CodeKind', kind);
  const name = { zh: label.zh, en: label.en.toLowerCase() };
  if (!code || code.kind !== kind) return fieldError(field, `不是${name.zh}代码`, `is not a ${name.en} code`);
  if (!code.active) return fieldError(field, `「${code.name}」已停用`, `"${code.nameEn ?? code.code}" is deactivated`);
  const group = await em.findOneOrFail(CodeGroup, code.groupId);
  const allows = (ids: string[]) => ids.length === 0 || ids.includes(categoryId);
  if (!group.active || !allows(code.categoryIds) || !allows(group.categoryIds)) {
    return fieldError(field, `「${code.name}」不适用于该产品类别`, `"${code.nameEn ?? code.code}" does not apply to this product category`);
  }
  return undefined;
}
