import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../common/errors';
import { addDaysTo, formatDay } from '../../common/dates';
import { enumLabel } from '../../common/labels/catalogue';
import { returnWindowOf, type AfterSalesRules } from '../settings/after-sales-rules';
import type { Product } from '../product/product.entity';
import { ReturnKind } from './return-request.enums';

export interface Window {
  days: number;
  /** The last day a request may be filed: the delivery day is not counted (as warranty periods are counted). */
  endsOn: string;
  categoryName: string | null;
}

/** The window of a kind of request for a product delivered on a day (none for refund-only: nothing was delivered). */
export async function windowFor(em: EntityManager, rules: AfterSalesRules, kind: ReturnKind, product: Product, deliveredOn: string): Promise<Window | null> {
  if (kind === ReturnKind.REFUND_ONLY) return null;
  const w = await returnWindowOf(em, rules, product.categoryId);
  const days = kind === ReturnKind.EXCHANGE ? w.exchangeDays : w.returnDays;
  return { days, endsOn: addDaysTo(deliveredOn, days), categoryName: w.category?.name ?? null };
}

/**
 * Past the window: refused with the window and the dates in the message (and in
 * `extensions.returnWindow`), before anything is written.
 */
export function pastWindow(line: number, kind: ReturnKind, w: Window, deliveredOn: string, today: string): AppError {
  const k = enumLabel('ReturnKind', kind);
  const what = kind === ReturnKind.EXCHANGE ? { zh: '换货', en: 'exchange' } : { zh: '退货', en: 'return' };
  const of = w.categoryName ? { zh: `「${w.categoryName}」类`, en: ` for ${w.categoryName}` } : { zh: '', en: '' };
  const zh =
    `第 ${line} 行已超过${what.zh}期限，不能申请${k.zh}：${of.zh}${what.zh}期为签收后 ${w.days} 天` +
    `（签收 ${formatDay(deliveredOn, 'zh')}，截止 ${formatDay(w.endsOn, 'zh')}），今天是 ${formatDay(today, 'zh')}`;
  const en =
    `Line ${line} is past the ${what.en} window, no “${k.en}” request: the ${what.en} window${of.en} is ${w.days} days after delivery ` +
    `(delivered ${formatDay(deliveredOn, 'en')}, ended ${formatDay(w.endsOn, 'en')}); today is ${formatDay(today, 'en')}`;
  return new AppError(
    ErrorCode.RETURN_WINDOW_CLOSED,
    { zh, en },
    {
      fields: [{ field: `lines.${line - 1}`, message: zh, messageEn: en }],
      returnWindow: { days: w.days, deliveredOn, endsOn: w.endsOn, today },
    },
  );
}
