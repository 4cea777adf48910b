import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';

/** Reports a report's filter inputs as they change (the form is never submitted); blanks left out. */
export function ReportFilter<F extends Record<string, string | undefined>>({ names, onChange }: { names: Array<keyof F & string>; onChange: (filter: F) => void }) {
  const values = useWatch({ name: names }) as Array<string | undefined>;
  const key = JSON.stringify(values);
  useEffect(() => {
    onChange(Object.fromEntries(names.map((n, i) => [n, values[i] || undefined])) as F);
    // The values are compared by content: a new array each render must not refire.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return null;
}
