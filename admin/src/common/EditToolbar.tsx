import { Box } from '@mui/material';
import { SaveButton, Toolbar } from 'react-admin';
import { ActiveToggleButton } from './ActiveToggleButton';
import { DeleteRecordButton } from './DeleteRecordButton';

/** Save on the left; deactivate and delete (with the IN_USE explanation) on the right. */
export const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <Box sx={{ display: 'flex', gap: 1 }}>
      <ActiveToggleButton />
      <DeleteRecordButton />
    </Box>
  </Toolbar>
);
