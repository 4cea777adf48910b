import { DateField as RaDateField, useLocaleState, type DateFieldProps } from 'react-admin';

const LOCALES: Record<string, string> = { zh: 'zh-CN', en: 'en-GB' };
const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit' };

/** react-admin's DateField in the panel's language (2026/11/23 in Chinese), not the browser's. */
export const DateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <RaDateField locales={LOCALES[locale] ?? locale} options={props.showTime ? DATE_TIME : DATE} {...props} />;
};
