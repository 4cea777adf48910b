import { readSession } from '../session';
import type { AnalyticsApi, ExportRun, ImportBatch } from './analyticsApi';

/** Saves bytes as a file the browser downloads. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    a.remove();
  }, 2000);
}

const headers = (lang: string): Record<string, string> => {
  const token = readSession()?.token;
  return { 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) };
};

async function messageOf(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null;
  return body?.errors?.[0]?.message ?? `HTTP ${res.status}`;
}

export interface Progress {
  done: number;
  total: number | null;
}

/**
 * Downloads a started export while it streams, reporting the rows written (the server's count,
 * polled) and failing loudly: a cut stream or a refused request rejects with the server's reason.
 */
export async function downloadExport(api: AnalyticsApi, run: ExportRun, lang: string, onProgress: (p: Progress) => void): Promise<number> {
  onProgress({ done: 0, total: run.total });
  const poll = setInterval(() => {
    void api
      .exportRun(run.id)
      .then((r) => onProgress({ done: r.rowsDone, total: r.total }))
      .catch(() => undefined);
  }, 700);
  try {
    const res = await fetch(run.url, { headers: headers(lang) });
    if (!res.ok || !res.body) throw new Error(await messageOf(res));
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.length;
    }
    saveBlob(new Blob(chunks as BlobPart[], { type: res.headers.get('content-type') ?? 'application/octet-stream' }), run.fileName);
    const finished = await api.exportRun(run.id).catch(() => undefined);
    onProgress({ done: finished?.rowsDone ?? run.total ?? 0, total: finished?.total ?? run.total });
    if (finished?.status === 'FAILED') throw new Error(finished.error ?? 'export failed');
    return bytes;
  } catch (error) {
    // The run knows why when the server did; a network failure says so itself.
    const failed = await api.exportRun(run.id).catch(() => undefined);
    throw new Error(failed?.error ?? (error as Error).message);
  } finally {
    clearInterval(poll);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A background export: polls the run (rows written, while the job writes the file on the
 * server), then downloads the finished file. A failed job rejects with its reason.
 */
export async function downloadStoredExport(api: AnalyticsApi, run: ExportRun, lang: string, onProgress: (p: Progress & { queued: boolean }) => void): Promise<number> {
  let current = run;
  while (current.status !== 'DONE') {
    if (current.status === 'FAILED') throw new Error(current.error ?? 'export failed');
    onProgress({ done: current.rowsDone, total: current.total, queued: current.status === 'QUEUED' });
    await sleep(1000);
    current = await api.exportRun(run.id);
  }
  onProgress({ done: current.rowsDone, total: current.total, queued: false });
  const res = await fetch(current.url, { headers: headers(lang) });
  if (!res.ok) throw new Error(await messageOf(res));
  const blob = await res.blob();
  saveBlob(blob, current.fileName);
  return blob.size;
}

export interface UploadResult {
  status: string;
  rowsTotal: number;
  rowsValid: number;
  rowsImported: number;
  errorCount: number;
  errors: Array<{ row: number; column: string | null; message: string; value: string | null }>;
}

/** A background batch's upload was stored and queued (202): its outcome is on the batch. */
export const QUEUED = 'QUEUED';

/**
 * Uploads an import's file, reporting how much is sent and then how many rows the server has read.
 * A background batch answers as soon as the file is stored, with status QUEUED.
 */
export function uploadImport(
  api: AnalyticsApi,
  batch: ImportBatch,
  file: File,
  lang: string,
  onProgress: (p: { sent: number; rows: number; phase: 'upload' | 'server'; writing?: boolean }) => void,
): Promise<UploadResult> {
  let poll: ReturnType<typeof setInterval> | undefined;
  return new Promise<UploadResult>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', batch.uploadUrl);
    for (const [k, v] of Object.entries(headers(lang))) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('content-type', file.name.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
    xhr.upload.onprogress = (e) => onProgress({ sent: e.lengthComputable ? e.loaded / e.total : 0, rows: 0, phase: 'upload' });
    xhr.upload.onload = () => {
      poll = setInterval(() => {
        void api
          .importBatch(batch.id)
          .then((b) => onProgress({ sent: 1, rows: b.rowsDone, phase: 'server', writing: b.status === 'WRITING' }))
          .catch(() => undefined);
      }, 700);
    };
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText) as { data?: UploadResult; errors?: Array<{ message: string }> };
        } catch {
          return undefined;
        }
      })();
      if ((xhr.status === 200 || xhr.status === 202) && body?.data) resolve(body.data);
      else reject(new Error(body?.errors?.[0]?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(file);
  }).finally(() => clearInterval(poll));
}

/** Polls a background batch until its job has finished, reporting its phase and rows; its outcome as the upload would answer it. */
export async function awaitImport(api: AnalyticsApi, batchId: string, onProgress: (p: { status: string; rows: number }) => void): Promise<UploadResult> {
  for (;;) {
    const b = await api.importBatch(batchId);
    if (['VALID', 'INVALID', 'IMPORTED', 'FAILED'].includes(b.status)) {
      if (b.status === 'FAILED') throw new Error(b.errors?.[0]?.message ?? 'import failed');
      const rowsValid = b.status === 'VALID' || b.status === 'IMPORTED' ? b.rowsTotal : 0;
      return { status: b.status, rowsTotal: b.rowsTotal, rowsValid, rowsImported: b.rowsImported, errorCount: b.errorCount, errors: b.errors ?? [] };
    }
    onProgress({ status: b.status, rows: b.rowsDone });
    await sleep(1000);
  }
}

/** A template file (headers in the user's language), fetched with the session and saved. */
export async function downloadTemplate(entity: string, format: 'csv' | 'xlsx', lang: string, fileName: string): Promise<void> {
  const res = await fetch(`imports/templates/${entity}.${format}?lang=${lang}`, { headers: headers(lang) });
  if (!res.ok) throw new Error(await messageOf(res));
  saveBlob(await res.blob(), fileName);
}
