import { useLocaleState } from 'react-admin';

const LOCALES: Record<string, string> = { zh: 'zh-CN', en: 'en-GB' };

/** Dates and times as the user reads them: `2026/11/23 14:05` in Chinese, `23/11/2026, 14:05` in English. */
export function useFormatDateTime(): (value: string | null | undefined, withTime?: boolean) => string {
  const [locale] = useLocaleState();
  return (value, withTime = true) => {
    if (!value) return '';
    const options: Intl.DateTimeFormatOptions = withTime
      ? { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }
      : { year: 'numeric', month: '2-digit', day: '2-digit' };
    return new Date(value).toLocaleString(LOCALES[locale] ?? locale, options);
  };
}
