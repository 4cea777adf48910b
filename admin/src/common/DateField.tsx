import { Box } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { formatDate } from './dateFormat';

/**
 * A date, or a date and time, in the panel's language and the business time zone (react-admin's
 * DateField follows the browser's language and time zone): 2026/11/23 14:05 in Chinese.
 */
export const DateField = ({ showTime = false, emptyText, ...props }: FieldProps & { showTime?: boolean; emptyText?: string }) => {
  const [locale] = useLocaleState();
  const value = useFieldValue(props) as string | null | undefined;
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      {value ? formatDate(value, locale, showTime) : (emptyText ?? '')}
    </Box>
  );
};
