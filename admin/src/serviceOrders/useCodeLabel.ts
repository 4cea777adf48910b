import { useLocaleState } from 'react-admin';
import type { Code } from '../../../schema/generated/graphql';

/** `E01 不制冷`, or the English name when the panel is in English and the code has one. */
export function useCodeLabel(): (code: Pick<Code, 'code' | 'name' | 'nameEn'> | null | undefined) => string {
  const [locale] = useLocaleState();
  return (code) => (code ? `${code.code} ${(locale === 'en' && code.nameEn) || code.name}` : '');
}
