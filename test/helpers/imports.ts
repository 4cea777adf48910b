import request from 'supertest';
import type { Caller, TestApp } from './test-app';

/** What the upload of an import's file answers. */
export interface ImportOutcome {
  id: string;
  status: string;
  rowsTotal: number;
  rowsValid: number;
  rowsImported: number;
  errorCount: number;
  errors: Array<{ row: number; column: string | null; message: string; value: string | null }>;
}

export const START_IMPORT = `mutation($input: ImportInput!) { startImport(input: $input) { id uploadUrl status templateUrl } }`;
export const IMPORT_BATCH = `query($id: ID!) { importBatch(id: $id) { status rowsTotal rowsImported errorCount errors(limit: 1000) { row column message value } } }`;

/** A request with the caller's token and language. */
export function authed(req: request.Test, caller: Caller): request.Test {
  if (caller.token) req.set('authorization', `Bearer ${caller.token}`);
  if (caller.lang) req.set('accept-language', caller.lang);
  return req;
}

/** A CSV as a spreadsheet saves it: UTF-8 with a byte-order mark, CRLF, quotes where needed. */
export const csv = (rows: string[][]) => `\ufeff${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;

/** Starts a batch and uploads the file, as the panel does; returns the upload's answer. */
export async function importFile(t: TestApp, caller: Caller, entity: string, mode: 'DRY_RUN' | 'COMMIT', file: Buffer | string, fileName = `${entity}.csv`): Promise<ImportOutcome> {
  const started = await t.ok<{ startImport: { id: string; uploadUrl: string } }>(START_IMPORT, { input: { entity, mode, fileName } }, caller);
  const res = await authed(request(t.app.app).post(`/${started.startImport.uploadUrl}`), caller)
    .set('content-type', fileName.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv')
    .send(Buffer.isBuffer(file) ? file : Buffer.from(file, 'utf8'));
  if (res.status !== 200) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: started.startImport.id, ...(res.body.data as Omit<ImportOutcome, 'id'>) };
}
