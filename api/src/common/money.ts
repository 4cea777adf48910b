/** Money as people read it, the same in both languages and as the panel shows it: ¥1,170.00. */
export function formatMoney(amount: number): string {
  return `¥${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Sums of yuan amounts, kept to the cent (floating point must not drift over many lines). */
export function sumMoney(amounts: readonly number[]): number {
  return Math.round(amounts.reduce((s, a) => s + Math.round(a * 100), 0)) / 100;
}
