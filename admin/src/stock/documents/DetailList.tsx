import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../../common/useFormatDateTime';

export interface Detail {
  source: string;
  /** What to show; by default the field's value (dates formatted). */
  render?: (doc: Record<string, unknown>) => ReactNode;
  date?: boolean;
}

/** A document's details as label and value pairs, labelled from the catalogue. */
export const DetailList = ({ resource, details }: { resource: string; details: Detail[] }) => {
  const doc = useRecordContext<Record<string, unknown>>();
  const translate = useTranslate();
  const format = useFormatDateTime();
  if (!doc) return null;
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.75, m: 0 }}>
      {details.map((d) => {
        const value = d.render ? d.render(doc) : d.date ? format(doc[d.source] as string | null) : (doc[d.source] as ReactNode);
        if (value == null || value === '') return null;
        return (
          <Box key={d.source} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {translate(`resources.${resource}.fields.${d.source}`)}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
};
