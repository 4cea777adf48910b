import { CreateButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';
import { ListExportButton } from '../analytics/ListExportButton';

/** A list's toolbar: filters, create (where the user may), and the server-side export of every row. */
export const ListActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ListExportButton />
    </TopToolbar>
  );
};
