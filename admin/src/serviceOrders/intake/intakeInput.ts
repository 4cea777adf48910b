type Values = Record<string, unknown>;

const compact = (values: Values) => Object.fromEntries(Object.entries(values).filter(([, v]) => v != null && v !== ''));

/**
 * The intake form keeps both ways of naming the customer and the unit while the user goes back
 * and forth; the API takes exactly one of each: an existing customer or a new one, a registered
 * unit or a product with a serial number (registered on the way).
 */
export function toIntakeInput(values: Values): Values {
  const { customerId, customer, productUnitId, productId, serialNumber, purchaseDate, ...rest } = values;
  return {
    ...compact(rest),
    ...(customerId ? { customerId } : { customer: compact((customer as Values | undefined) ?? {}) }),
    ...(productUnitId ? { productUnitId } : compact({ productId, serialNumber, purchaseDate })),
  };
}
