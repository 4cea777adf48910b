import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useCanAccess, useListContext, useResourceDefinition } from 'react-admin';
import { ListExport } from './ListExport';

/** A list's toolbar: filters, create (where the user may), and the export of every row as filtered. */
export const ListActions = ({ children }: { children?: ReactNode }) => {
  const { resource } = useListContext();
  const { hasCreate } = useResourceDefinition();
  const { canAccess: mayCreate } = useCanAccess({ resource, action: 'create' });
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {children}
      <FilterButton />
      {hasCreate && mayCreate && <CreateButton />}
      <ListExport />
    </TopToolbar>
  );
};
