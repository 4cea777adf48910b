import { useLocaleState } from 'react-admin';

/** Yuan with two decimals: `¥150.00`. */
export function useFormatMoney(): (value: number | null | undefined) => string {
  const [locale] = useLocaleState();
  return (value) =>
    value == null ? '—' : value.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { style: 'currency', currency: 'CNY' });
}
