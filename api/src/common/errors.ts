import { GraphQLError } from 'graphql';
import { type Bilingual, fieldLabel } from './i18n';

/** Stable error codes partners can switch on (`extensions.code`). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  IN_USE: 'IN_USE',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** A stock document would take more of a part out of a warehouse than it holds; nothing of it moved. */
  INSUFFICIENT_STOCK: 'INSUFFICIENT_STOCK',
  /** A return or exchange requested after its window; `extensions.returnWindow` has the days and the dates. Nothing was created. */
  RETURN_WINDOW_CLOSED: 'RETURN_WINDOW_CLOSED',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  /** The order is on a confirmed settlement statement: its fees and payer are frozen. */
  SETTLED: 'SETTLED',
  /** The operation would cost more than the limit (see the README's query limits). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The request ran past its time budget; no further fields were resolved. */
  TIMEOUT: 'TIMEOUT',
  /** The HTTP request itself is wrong: not JSON, a batch, no CSRF header, too large. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The query text is not GraphQL (or has too many tokens). */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The query does not fit the schema, or breaks a depth/alias/directive limit. */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A value a scalar refuses, with its reason in both languages. Thrown as a plain Error (not a
 * GraphQLError) so that graphql-js keeps it as `originalError` for literals and for variables.
 */
export class InvalidValueError extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.en);
  }
}

export interface FieldError {
  field: string;
  message: Bilingual;
}

/** An error whose message is known in both languages; rendered in the caller's language. */
export class AppError extends GraphQLError {
  constructor(
    readonly appCode: ErrorCode,
    readonly bilingual: Bilingual,
    extra: Record<string, unknown> = {},
    /** HTTP status when the error refuses the whole request (Apollo reads `extensions.http`). */
    readonly httpStatus?: number,
  ) {
    super(bilingual.zh, {
      extensions: { code: appCode, ...extra, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
  }
}

export function unauthenticated(): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, {
    zh: '未登录或登录已过期，请重新登录',
    en: 'Not signed in or the session has expired; please sign in',
  });
}

export function forbidden(what?: string): AppError {
  return new AppError(
    ErrorCode.FORBIDDEN,
    {
      zh: what ? `没有权限：${what}` : '没有权限执行此操作',
      en: what ? `Not allowed: ${what}` : 'You are not allowed to do this',
    },
    what ? { permission: what } : {},
  );
}

export function notFound(entity: Bilingual, id: string): AppError {
  return new AppError(
    ErrorCode.NOT_FOUND,
    { zh: `${entity.zh}不存在：${id}`, en: `${entity.en} not found: ${id}` },
    { id },
  );
}

/** @param httpStatus when the refusal is of the whole request (before any field runs) */
export function badInput(fields: FieldError[], httpStatus?: number): AppError {
  const zh = fields.map((f) => f.message.zh).join('；');
  const en = fields.map((f) => f.message.en).join('; ');
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    { zh: `输入有误：${zh}`, en: `Invalid input: ${en}` },
    { fields: fields.map((f) => ({ field: f.field, message: f.message.zh, messageEn: f.message.en })) },
    httpStatus,
  );
}

export function fieldError(field: string, zh: string, en: string): FieldError {
  const label = fieldLabel(field);
  return { field, message: { zh: `${label.zh}${zh}`, en: `${label.en} ${en}` } };
}

export function conflict(field: string, value: string): AppError {
  const label = fieldLabel(field);
  return new AppError(
    ErrorCode.CONFLICT,
    { zh: `${label.zh}「${value}」已存在`, en: `A record with ${label.en} "${value}" already exists` },
    { field },
  );
}

export function inUse(entity: Bilingual, referencedBy: Bilingual): AppError {
  return new AppError(ErrorCode.IN_USE, {
    zh: `该${entity.zh}已被${referencedBy.zh}引用，不能删除；如不再使用请将其停用`,
    en: `This ${entity.en} is referenced by ${referencedBy.en} and cannot be deleted; deactivate it instead`,
  });
}

/** The order's fees were settled with the manufacturer: the statement is frozen, so are they. */
export function settled(order: string, statement: string): AppError {
  return new AppError(
    ErrorCode.SETTLED,
    {
      zh: `服务单 ${order} 已列入已确认的对厂结算单 ${statement}，费用和付费方不能再改`,
      en: `Service order ${order} is on the confirmed settlement statement ${statement}: its fees and payer can no longer change`,
    },
    { statement },
  );
}

/** Names the part, the warehouse, what was asked and what is there: the whole document is refused. */
export function insufficientStock(s: { part: { id: string; code: string; name: string }; warehouse: { id: string; code: string; name: string }; asked: number; available: number }): AppError {
  const part = `${s.part.code} ${s.part.name}`;
  return new AppError(
    ErrorCode.INSUFFICIENT_STOCK,
    {
      zh: `库存不足：${s.warehouse.name} 的 ${part} 只有 ${s.available}，需要 ${s.asked}；整张单据未过账`,
      en: `Insufficient stock: ${s.warehouse.name} holds ${s.available} of ${part}, ${s.asked} asked; nothing of the document was posted`,
    },
    { partId: s.part.id, partCode: s.part.code, warehouseId: s.warehouse.id, warehouseCode: s.warehouse.code, asked: s.asked, available: s.available },
  );
}

export function queryTooComplex(cost: number, limit: number): AppError {
  return new AppError(
    ErrorCode.QUERY_TOO_COMPLEX,
    {
      zh: `查询太大：成本 ${cost}，上限 ${limit}。请减小 perPage、别名或嵌套列表的数量，分页读取`,
      en: `Query too complex: cost ${cost}, limit ${limit}. Ask for smaller pages (perPage), fewer aliases or fewer nested lists, and page through`,
    },
    { cost, limit },
    400,
  );
}

export function requestTimeout(budgetMs: number): AppError {
  return new AppError(
    ErrorCode.TIMEOUT,
    {
      zh: `请求超时：超过 ${budgetMs} 毫秒的处理时限，已停止。请缩小查询范围后重试`,
      en: `Request timed out: it ran past its ${budgetMs} ms budget and was stopped. Narrow the query and try again`,
    },
    { budgetMs },
    503,
  );
}

const TABLE_NAMES: Record<string, Bilingual> = {};
/** Modules register a display name for their table so IN_USE errors can say who refers to a record. */
export function registerTableName(table: string, name: Bilingual): void {
  TABLE_NAMES[table] = name;
}
export function tableName(table: string): Bilingual {
  return TABLE_NAMES[table] ?? { zh: `其他记录（${table}）`, en: `other records (${table})` };
}
