import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';

/** A typed serial number of a product: its registered unit with warranty and history, or none (new). */
export function useUnitLookup(productId: string | undefined, serialNumber: string | undefined) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const serial = serialNumber?.trim() ?? '';
  const [settled, setSettled] = useState(serial);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(serial), 300);
    return () => clearTimeout(timer);
  }, [serial]);
  return useQuery({
    queryKey: ['unitLookup', productId, settled],
    queryFn: async () => (await dataProvider.findUnit(productId!, settled)).data,
    enabled: !!productId && settled.length > 0 && settled === serial,
  });
}
