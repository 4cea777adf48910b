// Parsers for date inputs: the browser gives local dates and times, the API takes instants.

/** A day filter's start, in the user's time zone (the API compares instants, inclusive). */
export const startOfDay = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : null);

/** A day filter's last instant, in the user's time zone. */
export const endOfDay = (day: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : null);

/** DateTimeInput's local `YYYY-MM-DDTHH:mm` as an instant. */
export const localDateTime = (value: string) => (value ? new Date(value).toISOString() : null);

/** An instant's calendar day in the user's time zone, `YYYY-MM-DD`. */
export const localDay = (value: string | Date) => {
  const d = new Date(value);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
