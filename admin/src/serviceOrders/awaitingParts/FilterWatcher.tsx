import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import type { AwaitingPartsFilter } from './AwaitingPartsReport';

/** Reports the report's filter inputs as they change (the form is never submitted). */
export const FilterWatcher = ({ onChange }: { onChange: (filter: AwaitingPartsFilter) => void }) => {
  const stationId = useWatch({ name: 'stationId' }) as string | undefined;
  const manufacturerId = useWatch({ name: 'manufacturerId' }) as string | undefined;
  useEffect(
    () => onChange({ stationId: stationId || undefined, manufacturerId: manufacturerId || undefined }),
    [stationId, manufacturerId, onChange],
  );
  return null;
};
