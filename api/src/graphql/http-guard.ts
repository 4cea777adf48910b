import { RequestContext } from '@mikro-orm/core';
import type { ErrorRequestHandler, Response } from 'express';
import type { Bilingual, Lang } from '../common/i18n';
import { GraphQLError, type ValidationRule } from 'graphql';
import { AppError, ErrorCode } from '../common/errors';

/**
 * The language of the request being handled, kept on the ORM's request context (the one async
 * context a request already has) rather than in an AsyncLocalStorage of its own: every storage
 * adds to the cost of each promise the request creates.
 */
const languages = new WeakMap<object, Lang>();

/** The caller's language while a request runs, for errors formatted outside the resolvers (CSRF, batches). */
export function currentLang(): Lang | undefined {
  const context = RequestContext.currentRequestContext();
  return context ? languages.get(context) : undefined;
}

/** Remembers the language of the request whose ORM request context is current (see currentLang). */
export function rememberLanguage(lang: Lang): void {
  const context = RequestContext.currentRequestContext();
  if (context) languages.set(context, lang);
}

/** A refusal before GraphQL sees the request, shaped like a GraphQL error response. */
function refuse(
  res: Response,
  status: number,
  code: ErrorCode,
  message: Bilingual,
  extra: Record<string, unknown> = {},
): void {
  const lang = currentLang() ?? 'zh';
  res.status(status).json({ errors: [{ message: message[lang], extensions: { code, message, ...extra } }] });
}

const NUL = '\u0000';

/** Where in a parsed body the first NUL character is (`variables.filter.q`), if anywhere. */
export function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (depth > 64 || value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return at;
    const found = findNul(child, at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Errors before GraphQL (a body that is not JSON, too large, badly encoded) as a GraphQL-shaped
 * 4xx with a stable code; anything else as a bare 500 without internals. Never a stack trace.
 */
export const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const e = err as { type?: string; status?: number; limit?: number };
  switch (e.type) {
    case 'entity.parse.failed':
      return refuse(res, 400, ErrorCode.BAD_REQUEST, {
        zh: '请求体不是有效的 JSON',
        en: 'The request body is not valid JSON',
      });
    case 'entity.too.large':
      return refuse(
        res,
        413,
        ErrorCode.BAD_REQUEST,
        {
          zh: `请求体太大（上限 ${e.limit} 字节）`,
          en: `The request body is too large (at most ${e.limit} bytes)`,
        },
        { limit: e.limit },
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return refuse(res, 415, ErrorCode.BAD_REQUEST, {
        zh: '不支持的请求编码：请使用 UTF-8',
        en: 'Unsupported request encoding: use UTF-8',
      });
    case 'request.aborted':
      return refuse(res, 400, ErrorCode.BAD_REQUEST, { zh: '请求已中断', en: 'The request was aborted' });
  }
  if (e.status && e.status >= 400 && e.status < 500) {
    return refuse(res, e.status, ErrorCode.BAD_REQUEST, { zh: '请求无效', en: 'Bad request' });
  }
  console.error(err);
  refuse(res, 500, ErrorCode.INTERNAL, { zh: '服务器内部错误', en: 'Internal server error' });
};

/**
 * The same for NULs written as escapes in the query's own string literals (`"a\u0000b"`): the
 * request text has none, the parsed value does.
 */
export const NoNulInLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (!node.value.includes(NUL)) return;
    const message = {
      zh: '输入有误：字符串含有空字符（\\u0000），无法保存',
      en: 'Invalid input: a string contains a NUL character (\\u0000), which cannot be stored',
    };
    context.reportError(
      new GraphQLError(message.en, { nodes: node, originalError: new AppError(ErrorCode.BAD_USER_INPUT, message, { fields: [] }) }),
    );
  },
});
