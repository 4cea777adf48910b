import { DecimalType, Property } from '@mikro-orm/core';

/** Unit costs carry four decimals: a moving average of yuan prices must not drift by rounding. */
export function Cost(options: { nullable?: boolean; default?: number } = {}): PropertyDecorator {
  return Property({ type: new DecimalType('number'), precision: 14, scale: 4, ...options }) as PropertyDecorator;
}

export const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
export const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * 移动加权平均: a receipt of `quantity` at `unitCost` into `onHand` at `averageCost` gives the new
 * average; issues leave it as it is (they go out at it). The posting SQL computes the same, and the
 * demo seed uses this to stay consistent with it.
 */
export function movingAverage(onHand: number, averageCost: number, quantity: number, unitCost: number): number {
  if (quantity <= 0) return averageCost;
  return round4((onHand * averageCost + quantity * unitCost) / (onHand + quantity));
}
