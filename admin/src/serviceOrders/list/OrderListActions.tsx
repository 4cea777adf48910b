import { CreateButton, FilterButton, TopToolbar, useCanAccess } from 'react-admin';
import { ListExport } from '../../common/ListExport';
import { SavedFiltersButton } from '../../common/SavedFiltersButton';

/** Intake only for those who may take orders (managers may not: `me { mayTakeOrders }`). */
export const OrderListActions = ({ intake = true }: { intake?: boolean }) => {
  const { canAccess: mayTakeOrders } = useCanAccess({ resource: 'serviceOrders', action: 'create' });
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      <SavedFiltersButton />
      <FilterButton />
      {intake && mayTakeOrders && <CreateButton label="app.menu.intake" />}
      <ListExport />
    </TopToolbar>
  );
};
