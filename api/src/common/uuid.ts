const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our ids are UUIDs: anything else is refused (or not found) before it reaches a statement. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
