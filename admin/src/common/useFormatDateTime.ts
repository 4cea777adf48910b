import { useLocaleState } from 'react-admin';
import { formatDate } from './dateFormat';

/** Dates and times as the user reads them (dateFormat.ts): `2026/11/23 14:05` in Chinese, `23/11/2026 14:05` in English. */
export function useFormatDateTime(): (value: string | null | undefined, withTime?: boolean) => string {
  const [locale] = useLocaleState();
  return (value, withTime = true) => formatDate(value, locale, withTime);
}
