import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError as ClassValidationError } from 'class-validator';
import {
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { type Bilingual, type Lang, fieldLabel } from '../common/i18n';
import {
  AppError,
  ErrorCode,
  type FieldError,
  InvalidValueError,
  badInput,
  conflict,
  fieldError,
  inUse,
  tableName,
} from '../common/errors';
import { fieldOfVariableError, translateGraphQLMessage } from './graphql-messages';

/** The limit class-validator wrote into its English message ("… shorter than or equal to 100 characters"). */
const limitIn = (english: string) => english.match(/(-?\d+(?:\.\d+)?)(?!.*\d)/)?.[1];

const CONSTRAINT_MESSAGES: Record<string, (english: string) => Bilingual> = {
  isNotEmpty: () => ({ zh: '不能为空', en: 'must not be empty' }),
  isDefined: () => ({ zh: '必须填写', en: 'is required' }),
  maxLength: (e) => ({ zh: `太长（最多 ${limitIn(e)} 个字符）`, en: `is too long (at most ${limitIn(e)} characters)` }),
  minLength: (e) => ({ zh: `太短（至少 ${limitIn(e)} 个字符）`, en: `is too short (at least ${limitIn(e)} characters)` }),
  min: (e) => ({ zh: `太小（不能小于 ${limitIn(e)}）`, en: `is too small (at least ${limitIn(e)})` }),
  max: (e) => ({ zh: `太大（不能大于 ${limitIn(e)}）`, en: `is too large (at most ${limitIn(e)})` }),
  isInt: () => ({ zh: '必须是整数', en: 'must be a whole number' }),
  isPositive: () => ({ zh: '必须大于零', en: 'must be greater than zero' }),
  matches: () => ({ zh: '格式不正确', en: 'has the wrong format' }),
  isEmail: () => ({ zh: '不是有效的电子邮箱', en: 'is not a valid email address' }),
  isUuid: () => ({ zh: '不是有效的编号（UUID）', en: 'is not a valid id (UUID)' }),
  arrayMaxSize: (e) => ({ zh: `项目太多（最多 ${limitIn(e)} 项）`, en: `has too many items (at most ${limitIn(e)})` }),
  arrayNotEmpty: () => ({ zh: '至少需要一项', en: 'needs at least one item' }),
  isMobileCN: () => ({ zh: '不是有效的手机号（11 位，以 1 开头）', en: 'is not a valid mobile number (11 digits starting with 1)' }),
  isPhone: () => ({ zh: '不是有效的电话号码', en: 'is not a valid phone number' }),
};

/** class-validator's errors as field errors in both languages (also for inputs checked outside GraphQL: imports). */
export function flattenValidation(errors: ClassValidationError[], prefix = '', labelOf: (property: string) => Bilingual = (p) => fieldLabel(p)): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [key, english] of Object.entries(e.constraints ?? {})) {
      const make = CONSTRAINT_MESSAGES[key];
      const msg = make ? make(english) : { zh: '无效', en: english };
      const label = labelOf(e.property);
      out.push({ field, message: { zh: `${label.zh}${msg.zh}`, en: `${label.en} ${msg.en}` } });
    }
    if (e.children?.length) out.push(...flattenValidation(e.children, field, labelOf));
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


/** The error and what it wraps: graphql-js and Apollo keep the thrown error as `originalError`. */
function causes(err: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = err; e && typeof e === 'object' && !chain.includes(e) && chain.length < 8; ) {
    chain.push(e);
    e = (e as { originalError?: unknown }).originalError;
  }
  return chain;
}

/** PostgreSQL's data exceptions (class 22) and size limits (54): the caller's input, not our fault. */
const DATA_EXCEPTIONS: Record<string, Bilingual> = {
  '22P02': { zh: '格式不正确（例如编号不是有效的 UUID）', en: 'has the wrong format (e.g. an id that is not a UUID)' },
  '22001': { zh: '文字太长', en: 'a text is too long' },
  '22003': { zh: '数值超出范围', en: 'a number is out of range' },
  // A NUL inside a bound parameter breaks the wire protocol before the server parses it.
  '08P01': { zh: '含有无法保存的字符（如 \\u0000）', en: 'contains characters that cannot be stored (such as \\u0000)' },
  '22021': { zh: '含有无法保存的字符（如 \\u0000）', en: 'contains characters that cannot be stored (such as \\u0000)' },
  '22007': { zh: '日期或时间格式不正确', en: 'a date or time has the wrong format' },
  '22008': { zh: '日期或时间超出范围', en: 'a date or time is out of range' },
  '22004': { zh: '缺少必填的值', en: 'a required value is missing' },
  '22012': { zh: '数值无效（除以零）', en: 'an invalid number (division by zero)' },
  '2201B': { zh: '搜索模式无效', en: 'an invalid search pattern' },
  '22025': { zh: '搜索模式中的转义无效', en: 'an invalid escape in a search pattern' },
  '23514': { zh: '不符合数据规则', en: 'breaks a data rule' },
  '54000': { zh: '输入太大', en: 'the input is too large' },
  '54001': { zh: '输入太复杂', en: 'the input is too complex' },
  '54023': { zh: '输入的项目太多', en: 'too many items' },
};

function databaseError(err: unknown): AppError | undefined {
  const e = err as { code?: unknown; name?: string; constraint?: string; message?: string };
  if (e?.name === 'KnexTimeoutError') {
    return new AppError(
      ErrorCode.TIMEOUT,
      { zh: '服务器繁忙：等待数据库连接超时，请稍后重试', en: 'The server is busy: no database connection became free in time; try again shortly' },
      {},
      503,
    );
  }
  const isDriverError = err instanceof DriverException || (typeof e?.code === 'string' && 'severity' in (err as object));
  if (!isDriverError || typeof e.code !== 'string') return undefined;
  if (e.code === '57014') {
    return new AppError(
      ErrorCode.TIMEOUT,
      { zh: '数据库查询超过时限，已取消。请缩小查询范围后重试', en: 'A database statement ran past its time limit and was cancelled. Narrow the query and try again' },
      {},
      503,
    );
  }
  const reason = DATA_EXCEPTIONS[e.code] ?? (e.code.startsWith('22') ? { zh: '输入的值无效', en: 'a value is invalid' } : undefined);
  if (!reason) return undefined;
  // Logged: a data exception the input classes let through is a missing validation rule.
  console.warn(`refused as BAD_USER_INPUT: PostgreSQL ${e.code}: ${String(e.message).split('\n')[0]}`);
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    { zh: `输入有误：${reason.zh}`, en: `Invalid input: ${reason.en}` },
    { fields: [], sqlState: e.code },
  );
}

/** Turns anything thrown in a resolver into an AppError (database errors included). */
export function toAppError(thrown: unknown): AppError | undefined {
  for (const err of causes(thrown)) {
    const app = toAppErrorOne(err);
    if (app) return app;
  }
  return undefined;
}

function toAppErrorOne(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof InvalidValueError) return undefined; // placed by the GraphQL error that wraps it
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
  return databaseError(err);
}

/** Apollo's and graphql-js's own refusals: their code stays, the message gains its Chinese. */
const REQUEST_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The HTTP status an Apollo refusal asks for (`extensions.http`), e.g. 400 for a persisted query whose hash does not match. */
const refusalStatus = (original: unknown) => (original as { extensions?: { http?: { status?: unknown } } } | undefined)?.extensions?.http?.status;

function requestError(formatted: GraphQLFormattedError, original: unknown): AppError | undefined {
  let code = String(formatted.extensions?.code ?? '');
  // Apollo's refusals without a code of their own are the caller's, not ours: a 4xx says so.
  const status = refusalStatus(original);
  if (code === 'INTERNAL_SERVER_ERROR' && typeof status === 'number' && status >= 400 && status < 500) code = ErrorCode.BAD_REQUEST;
  if (!REQUEST_CODES.has(code)) return undefined;
  const field = fieldOfVariableError(formatted.message);
  // A scalar of ours refused the value: its own bilingual reason, in the field it was given for.
  const invalid = causes(original).find((e): e is InvalidValueError => e instanceof InvalidValueError);
  const reason = invalid?.bilingual;
  const message = reason
    ? { zh: `输入有误：${field ? `${field}：` : ''}${reason.zh}`, en: `Invalid input: ${field ? `${field}: ` : ''}${reason.en}` }
    : translateGraphQLMessage(formatted.message);
  const fields = field ? [{ field, message: (reason ?? message).zh, messageEn: (reason ?? message).en }] : undefined;
  return new AppError(code as ErrorCode, message, fields ? { fields } : {});
}

/** Apollo `formatError`: bilingual errors render in the caller's language with both texts in extensions. */
export function formatError(lang: Lang, formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const app = toAppError(original) ?? requestError(formatted, original);
  if (app) {
    // `http` sets the status (Apollo reads it from the thrown error); stack traces never leave.
    const { http: _http, stacktrace: _stack, ...rest } = app.extensions as Record<string, unknown>;
    const ext: Record<string, unknown> = { ...rest, code: app.appCode, message: app.bilingual };
    if (Array.isArray(ext.fields) && lang === 'en') {
      ext.fields = (ext.fields as Array<{ field: string; message: string; messageEn: string }>).map((f) => ({
        ...f,
        message: f.messageEn,
      }));
    }
    return { message: app.bilingual[lang], locations: formatted.locations, path: formatted.path, extensions: ext };
  }
  // Unknown errors keep their internals out of responses.
  console.error(causes(original).at(-1) ?? original);
  return {
    message: lang === 'en' ? 'Internal server error' : '服务器内部错误',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL, message: { zh: '服务器内部错误', en: 'Internal server error' } },
  };
}
