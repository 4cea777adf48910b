import { badInput, fieldError } from '../../common/errors';

/** Keyset cursors: the sort field, its direction and the last row's sort values, opaque to clients. */
export function encodeCursor(field: string, dir: 'asc' | 'desc', values: unknown[]): string {
  return Buffer.from(JSON.stringify([field, dir, ...values])).toString('base64url');
}

const invalid = () => badInput([fieldError('after', '不是有效的游标（请使用上一页返回的 nextCursor，排序不变）', 'is not a valid cursor: pass the previous page’s nextCursor with the same sorting')]);

/** The values after which the next page starts: [sort value, id]. */
export function decodeCursor(cursor: string, field: string, dir: 'asc' | 'desc'): [unknown, string] {
  let parsed: unknown;
  try {
    parsed = cursor.length <= 500 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[0] !== field || parsed[1] !== dir) throw invalid();
  const [, , value, id] = parsed as [string, string, unknown, unknown];
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id) || !['string', 'number', 'boolean'].includes(typeof value)) throw invalid();
  return [value, id];
}
