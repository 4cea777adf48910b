import polyglotI18nProvider from 'ra-i18n-polyglot';
import { zh } from './zh';

export const LOCALES = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

/** Chinese by default (the people in the documents read it); English is loaded when chosen. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((m) => m.en) : zh),
  'zh',
  LOCALES,
);
