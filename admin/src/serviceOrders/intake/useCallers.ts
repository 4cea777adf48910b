import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';

/** Fewer digits would match half the customers. */
export const MIN_DIGITS = 4;

/** 来电显示: customers whose numbers contain the digits typed so far, looked up as the user types. */
export function useCallers(phone: string) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const digits = phone.replace(/\D/g, '');
  const [settled, setSettled] = useState(digits);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(digits), 250);
    return () => clearTimeout(timer);
  }, [digits]);
  const query = useQuery({
    queryKey: ['callers', settled],
    queryFn: async () => (await dataProvider.findCallers(settled)).data,
    enabled: settled.length >= MIN_DIGITS,
    placeholderData: keepPreviousData,
  });
  // Results are for the digits typed now only once the lookup has caught up with them.
  const current = settled === digits && digits.length >= MIN_DIGITS && !query.isPlaceholderData;
  return {
    callers: current ? (query.data ?? []) : [],
    searching: digits.length >= MIN_DIGITS && (!current || query.isFetching),
    digits,
  };
}
