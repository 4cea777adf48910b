import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useFormatDateTime } from '../common/useFormatDateTime';

/** A date and time in the panel's language (react-admin's DateField follows the browser's). */
export const DateTimeField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const format = useFormatDateTime();
  return record ? (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      {format(record[source])}
    </Box>
  ) : null;
};
