import type { Lang } from '../i18n';
import { formatDay, formatMoment } from '../dates';
import { enumLabel, render, textOf, type Params } from '../labels/catalogue';
import type { TimelineLine } from './lifecycle';

/** A timeline entry's system-written lines in one language; `publicOnly` keeps what customers and partners may read. */
export function renderLines(
  lines: readonly TimelineLine[] | null | undefined,
  lang: Lang,
  publicOnly = false,
  /** Where instants are read (the business time zone). */
  timeZone = 'UTC',
): string | null {
  const shown = (lines ?? []).filter((l) => !publicOnly || l.public);
  if (!shown.length) return null;
  return shown
    .map((l) => {
      const params: Params = { ...(l.p ?? {}) };
      for (const [name, enumName] of Object.entries(l.e ?? {})) {
        const v = params[name];
        if (typeof v === 'string') params[name] = enumLabel(enumName, v)[lang];
      }
      for (const [name, kind] of Object.entries(l.d ?? {})) {
        const v = params[name];
        if (typeof v === 'string' && v) params[name] = kind === 'day' ? formatDay(v, lang) : formatMoment(new Date(v), lang, timeZone);
      }
      return render(textOf(l.t), params, lang);
    })
    .join('\n');
}

/** Where an entry was made: the station's name then, or the call centre. */
export function departmentOf(entry: { departmentName?: string | null; stationId?: string | null }, lang: Lang): string {
  return entry.departmentName ?? textOf('timeline.callCentre')[lang];
}
