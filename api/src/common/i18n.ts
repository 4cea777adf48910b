import { fieldLabel as catalogueFieldLabel } from './labels/catalogue';
import './labels/common.labels';

/** A human sentence in both languages the product speaks; Chinese is the default. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = keyof Bilingual;

export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

/** A field's display name in messages (`customer.mobile` is labelled by its last part). */
export function fieldLabel(field: string, type?: string): Bilingual {
  return catalogueFieldLabel(field, type);
}
