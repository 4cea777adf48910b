import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError as ClassValidationError } from 'class-validator';
import {
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { type Bilingual, type Lang, fieldLabel } from '../common/i18n';
import { AppError, ErrorCode, type FieldError, badInput, conflict, fieldError, inUse, tableName } from '../common/errors';

const CONSTRAINT_MESSAGES: Record<string, (c: ClassValidationError['constraints'] & object, key: string) => Bilingual> = {
  isNotEmpty: () => ({ zh: '不能为空', en: 'must not be empty' }),
  isDefined: () => ({ zh: '必须填写', en: 'is required' }),
  maxLength: () => ({ zh: '太长', en: 'is too long' }),
  minLength: () => ({ zh: '太短', en: 'is too short' }),
  min: () => ({ zh: '太小', en: 'is too small' }),
  max: () => ({ zh: '太大', en: 'is too large' }),
  isInt: () => ({ zh: '必须是整数', en: 'must be a whole number' }),
  isPositive: () => ({ zh: '必须大于零', en: 'must be greater than zero' }),
  matches: () => ({ zh: '格式不正确', en: 'has the wrong format' }),
  isEmail: () => ({ zh: '不是有效的电子邮箱', en: 'is not a valid email address' }),
  arrayMaxSize: () => ({ zh: '项目太多', en: 'has too many items' }),
  arrayNotEmpty: () => ({ zh: '至少需要一项', en: 'needs at least one item' }),
  isMobileCN: () => ({ zh: '不是有效的手机号（11 位，以 1 开头）', en: 'is not a valid mobile number (11 digits starting with 1)' }),
  isPhone: () => ({ zh: '不是有效的电话号码', en: 'is not a valid phone number' }),
};

function flattenValidation(errors: ClassValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [key, english] of Object.entries(e.constraints ?? {})) {
      const make = CONSTRAINT_MESSAGES[key];
      const msg = make ? make(e.constraints!, key) : { zh: '无效', en: english };
      const label = fieldLabel(e.property);
      out.push({ field, message: { zh: `${label.zh}${msg.zh}`, en: `${label.en} ${msg.en}` } });
    }
    if (e.children?.length) out.push(...flattenValidation(e.children, field));
  }
  return out;
}

function snakeToCamel(s: string): string {
  return s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Postgres error detail `Key (model_number)=(KFR-35)` -> field and value. */
function parseUniqueDetail(detail: string | undefined): { field: string; value: string } | undefined {
  const m = detail?.match(/Key \(([^)]+)\)=\(([^)]*)\)/);
  if (!m) return undefined;
  const cols = m[1].split(',').map((c) => c.trim());
  const vals = m[2].split(',').map((v) => v.trim());
  const col = cols[cols.length - 1];
  const field = snakeToCamel(col.replace(/_id$/, ''));
  return { field, value: vals[vals.length - 1] };
}


/** Turns anything thrown in a resolver into an AppError (database errors included). */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof ArgumentValidationError) return badInput(flattenValidation(err.extensions.validationErrors as never));
  if (err instanceof UniqueConstraintViolationException) {
    const parsed = parseUniqueDetail((err as unknown as { detail?: string }).detail);
    return parsed ? conflict(parsed.field, parsed.value) : conflict('record', '');
  }
  if (err instanceof ForeignKeyConstraintViolationException) {
    const e = err as unknown as { table?: string; detail?: string };
    const m = e.detail?.match(/is still referenced from table "([^"]+)"/);
    if (m) return inUse({ zh: '记录', en: 'record' }, tableName(m[1]));
    const missing = e.detail?.match(/Key \(([a-z_]+)\)=\(([^)]*)\) is not present in table "([^"]+)"/);
    const field = missing ? `${snakeToCamel(missing[1].replace(/_id$/, ''))}Id` : 'id';
    const target = missing ? tableName(missing[3]) : { zh: '记录', en: 'record' };
    return badInput([
      { field, message: { zh: `指向的${target.zh}不存在`, en: `refers to a ${target.en} that does not exist` } },
    ]);
  }
  if (err instanceof NotNullConstraintViolationException) {
    const col = (err as unknown as { column?: string }).column ?? 'field';
    return badInput([fieldError(col, '必须填写', 'is required')]);
  }
  return undefined;
}

/** Apollo `formatError`: bilingual errors render in the caller's language with both texts in extensions. */
export function formatError(lang: Lang, formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const source = (original as { originalError?: unknown })?.originalError ?? original;
  const app = toAppError(source);
  if (app) {
    const ext: Record<string, unknown> = { ...app.extensions, message: app.bilingual };
    if (Array.isArray(ext.fields) && lang === 'en') {
      ext.fields = (ext.fields as Array<{ field: string; message: string; messageEn: string }>).map((f) => ({
        ...f,
        message: f.messageEn,
      }));
    }
    return { ...formatted, message: app.bilingual[lang], extensions: ext };
  }
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT') {
    return formatted;
  }
  // Unknown errors keep their internals out of responses.
  console.error(source);
  return {
    message: lang === 'en' ? 'Internal server error' : '服务器内部错误',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL, message: { zh: '服务器内部错误', en: 'Internal server error' } },
  };
}
