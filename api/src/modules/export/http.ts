import type { Response } from 'express';
import type { Bilingual, Lang } from '../../common/i18n';
import { type AppError, ErrorCode } from '../../common/errors';
import { ExportFormat } from './export-run.entity';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  [ExportFormat.CSV]: 'text/csv; charset=utf-8',
  [ExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.INTERNAL]: 500,
};

/** The HTTP status of a refusal on the file routes (GraphQL answers 200 for most of these). */
export function httpStatusOf(error: AppError): number {
  return error.httpStatus ?? STATUS[error.appCode] ?? 400;
}

/** A refusal shaped like a GraphQL error response: the message in the caller's language, both in extensions. */
export function refuse(res: Response, lang: Lang, status: number, code: string, message: Bilingual): void {
  res.status(status).json({ errors: [{ message: message[lang], extensions: { code, message } }] });
}
