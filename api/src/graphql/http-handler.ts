import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import proxyAddr from 'proxy-addr';
import { type Bilingual, pickLang } from '../common/i18n';
import { ErrorCode } from '../common/errors';
import { findNul, rememberLanguage } from './http-guard';
import type { DirectResponse } from './direct-execution';

export interface GraphqlRequest {
  headers: IncomingMessage['headers'];
  /** The client's address, as TRUST_PROXY says to read it (X-Forwarded-For only from trusted proxies). */
  ip: string;
}

export interface HandlerOptions<C> {
  maxBodyBytes: number;
  /** Express's compiled `trust proxy` (one setting for both). */
  trust: (address: string, hop: number) => boolean;
  context(req: GraphqlRequest): Promise<C>;
  /** Runs the rest of the request inside it (the ORM's request context). */
  around(next: () => void): void;
  /** A query's answer without Apollo's pipeline, or undefined for Apollo to answer (direct-execution.ts). */
  direct?(body: unknown, accept: string | undefined, context: () => Promise<C>): Promise<DirectResponse | undefined>;
}

function refuse(res: ServerResponse, lang: 'zh' | 'en', status: number, code: ErrorCode, message: Bilingual, extra: Record<string, unknown> = {}): void {
  const body = JSON.stringify({ errors: [{ message: message[lang], extensions: { code, message, ...extra } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const isJson = (type: string) => /^application\/(.+\+)?json\b/i.test(type);
const charsetOf = (type: string) => /;\s*charset=([^;\s]+)/i.exec(type)?.[1]?.replace(/"/g, '').toLowerCase();

/**
 * `/graphql` straight on Node's HTTP server: the body read and parsed here (JSON only, bounded),
 * NULs refused, then the direct way for queries (direct-execution.ts) or Apollo. Express stays for
 * everything else (health, the panel's files); its router, body parser and response helpers cost
 * more per request than the rest of a small query.
 */
export function graphqlHandler<C extends object>(apollo: ApolloServer<C>, options: HandlerOptions<C>) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const lang = pickLang(req.headers['accept-language']);
    options.around(() => {
      rememberLanguage(lang);
      handle(req, res, lang).catch((err: unknown) => {
        // A bug, not the caller's fault: answered, never left hanging.
        console.error(err);
        if (res.headersSent) res.destroy();
        else refuse(res, lang, 500, ErrorCode.INTERNAL, { zh: '服务器内部错误', en: 'Internal server error' });
      });
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse, lang: 'zh' | 'en'): Promise<void> {
    const type = String(req.headers['content-type'] ?? '');
    let body: unknown;
    if (req.method === 'POST') {
      const declared = Number(req.headers['content-length'] ?? 0);
      const tooLarge = () =>
        refuse(res, lang, 413, ErrorCode.BAD_REQUEST, {
          zh: `请求体太大（上限 ${options.maxBodyBytes} 字节）`,
          en: `The request body is too large (at most ${options.maxBodyBytes} bytes)`,
        }, { limit: options.maxBodyBytes });
      if (declared > options.maxBodyBytes) {
        req.resume();
        return tooLarge();
      }
      const charset = charsetOf(type);
      if (isJson(type) && charset && charset !== 'utf-8' && charset !== 'utf8') {
        req.resume();
        return refuse(res, lang, 415, ErrorCode.BAD_REQUEST, { zh: '不支持的请求编码：请使用 UTF-8', en: 'Unsupported request encoding: use UTF-8' });
      }
      const text = await readBody(req, options.maxBodyBytes).catch((err: Error) => err);
      if (text instanceof Error) {
        if (text.message === 'too large') return tooLarge();
        return refuse(res, lang, 400, ErrorCode.BAD_REQUEST, { zh: '请求已中断', en: 'The request was aborted' });
      }
      if (isJson(type)) {
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          return refuse(res, lang, 400, ErrorCode.BAD_REQUEST, { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' });
        }
      }
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const search = q >= 0 ? url.slice(q) : '';
    const at = findNul(body, '') ?? (search.includes('%00') ? 'query' : undefined);
    if (at) {
      return refuse(
        res,
        lang,
        400,
        ErrorCode.BAD_USER_INPUT,
        {
          zh: `输入有误：${at} 含有空字符（\\u0000），无法保存`,
          en: `Invalid input: ${at} contains a NUL character (\\u0000), which cannot be stored`,
        },
        { fields: [{ field: at, message: '含有空字符（\\u0000）', messageEn: 'contains a NUL character (\\u0000)' }] },
      );
    }
    let ip: string | undefined;
    const request: GraphqlRequest = {
      headers: req.headers,
      // Read only by the few resolvers that count per client (login, public tracking).
      get ip() {
        return (ip ??= proxyAddr(req, options.trust));
      },
    };
    // Built once: a request the direct way hands to Apollo keeps the context (or its failure).
    let context: Promise<C> | undefined;
    const contextOnce = () => (context ??= options.context(request));
    if (options.direct && req.method === 'POST') {
      const direct = await options.direct(body, req.headers.accept, contextOnce);
      if (direct) {
        res.writeHead(direct.status, { 'content-type': direct.contentType, 'content-length': Buffer.byteLength(direct.body) });
        res.end(direct.body);
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: contextOnce,
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new Error('too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('aborted', () => reject(new Error('aborted')));
    req.on('error', reject);
  });
}
