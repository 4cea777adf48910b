import BlockIcon from '@mui/icons-material/Block';
import { BulkDeleteButton, BulkUpdateButton } from 'react-admin';

/**
 * Deactivate or delete the selected records. Pessimistic, so a refused delete (IN_USE) shows the
 * API's message instead of rows vanishing and coming back.
 */
export const BulkActions = () => (
  <>
    <BulkUpdateButton label="app.action.deactivate" data={{ active: false }} icon={<BlockIcon />} mutationMode="pessimistic" />
    <BulkDeleteButton mutationMode="pessimistic" />
  </>
);
