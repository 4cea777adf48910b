import { Fragment, type ReactNode } from 'react';
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Section } from '../Section';

/** Label and value pairs; `field` is an order field name. Empty values are left out. */
export type Detail = [field: string, value: ReactNode];

/** A titled card of details (then `children`); none when every value is empty (no "result" before the repair). */
export const DetailSection = ({ title, details, children }: { title: string; details: Detail[]; children?: ReactNode }) => {
  const translate = useTranslate();
  const shown = details.filter(([, value]) => value != null && value !== '' && value !== false);
  if (shown.length === 0) return null;
  return (
    <Section title={title}>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.75, m: 0 }}>
        {shown.map(([field, value]) => (
          <Fragment key={field}>
            <Box component="dt" sx={{ color: 'text.secondary' }}>
              {translate(`resources.serviceOrders.fields.${field}`)}
            </Box>
            <Box component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {value}
            </Box>
          </Fragment>
        ))}
      </Box>
      {children}
    </Section>
  );
};
