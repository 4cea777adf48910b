import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';
import { SavedFiltersButton } from '../../common/SavedFiltersButton';

export const OrderListActions = ({ intake = true }: { intake?: boolean }) => (
  <TopToolbar>
    <SavedFiltersButton />
    <FilterButton />
    {intake && <CreateButton label="app.menu.intake" />}
    <ExportButton />
  </TopToolbar>
);
