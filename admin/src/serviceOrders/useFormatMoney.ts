import { formatMoney } from '../common/money';

/** Yuan with two decimals, the same everywhere: `¥150.00`. */
export function useFormatMoney(): (value: number | null | undefined) => string {
  return formatMoney;
}
