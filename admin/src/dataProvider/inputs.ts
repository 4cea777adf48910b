type Data = Record<string, unknown>;

const sameValue = (a: unknown, b: unknown) => (a == null && b == null) || JSON.stringify(a) === JSON.stringify(b);

/**
 * A create sends only the input type's fields (no id, timestamps, nested objects); empty ones are
 * left out so the API's defaults apply.
 */
export function pickCreateInput(fields: string[], data: Data): Data {
  return Object.fromEntries(fields.filter((f) => data[f] != null).map((f) => [f, data[f]]));
}

/**
 * An update sends only what the user changed (the API changes only the fields given, and the audit
 * log then shows just those); `null` clears a field.
 */
export function pickUpdateInput(fields: string[], data: Data, previous?: Data): Data {
  return Object.fromEntries(
    fields
      .filter((f) => f in data && (!previous || !sameValue(data[f], previous[f])))
      .map((f) => [f, data[f] === undefined ? null : data[f]]),
  );
}
