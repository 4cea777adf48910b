import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useCanAccess, useListContext, useResourceDefinition } from 'react-admin';
import { ExportButton } from './ExportButton';

/** react-admin's list actions with our export (every page, named columns, errors said). */
export const ListActions = ({ children }: { children?: ReactNode }) => {
  const { resource } = useListContext();
  const { hasCreate } = useResourceDefinition();
  const { canAccess: mayCreate } = useCanAccess({ resource, action: 'create' });
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {children}
      <FilterButton />
      {hasCreate && mayCreate && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
};
