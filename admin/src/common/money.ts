/** Yuan the same way in every language and on every page: ¥1,170.00 (Intl would write CN¥ in English lists). */
export function formatMoney(value: number | null | undefined): string {
  if (value == null) return '—';
  const sign = value < 0 ? '-' : '';
  return `${sign}¥${Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
