import { Box } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatMoney } from './money';

/** An amount of money in the panel's one format (¥1,170.00), right-aligned in lists like numbers. */
export const MoneyField = (props: FieldProps & { textAlign?: 'right' }) => {
  const value = useFieldValue(props) as number | null | undefined;
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      {formatMoney(value)}
    </Box>
  );
};
MoneyField.textAlign = 'right';
