import { useListContext, useResourceContext } from 'react-admin';
import { ExportMenu } from './ExportMenu';

/** The list as filtered (its permanent filter too) and sorted on screen, every row of it, exported by the server. */
export const ListExportButton = () => {
  const resource = useResourceContext()!;
  const { filter, filterValues, sort, total } = useListContext();
  return (
    <ExportMenu
      disabled={total === 0}
      source={() => ({ list: resource, filter: { ...filterValues, ...filter }, sortField: sort?.field, sortOrder: sort?.order === 'DESC' ? 'DESC' : 'ASC' })}
    />
  );
};
