import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../../../schema/generated/graphql';
import { useEntityPage } from './useEntityPage';

const Value = ({ value }: { value: unknown }) => {
  const translate = useTranslate();
  if (value === null || value === undefined) return <>—</>;
  if (typeof value === 'boolean') return <>{translate(`ra.boolean.${value}`)}</>;
  const text = typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value);
  return <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontFamily: 'monospace' }}>{text}</span>;
};

/** Before and after side by side, one row per field the change touched. */
export const ChangesTable = (_props: { label?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const pageOf = useEntityPage();
  if (!entry) return null;
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (fields.length === 0) return <Typography variant="body2">{translate('app.message.no_changes')}</Typography>;

  const resource = pageOf(entry.entityName);
  // The log names relations by property (`region`); the panel's labels know them as `regionId`.
  const fieldLabel = (field: string) =>
    resource
      ? translate(`resources.${resource}.fields.${field}`, {
          _: translate(`resources.${resource}.fields.${field}Id`, { _: field }),
        })
      : field;

  return (
    <Table size="small" sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '20%' }}>{translate('app.audit.field')}</TableCell>
          <TableCell>{translate('app.audit.before')}</TableCell>
          <TableCell>{translate('app.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field}>
            <TableCell>{fieldLabel(field)}</TableCell>
            <TableCell sx={{ bgcolor: entry.action === 'UPDATE' ? 'rgba(211, 47, 47, 0.06)' : undefined }}>
              <Value value={before[field]} />
            </TableCell>
            <TableCell sx={{ bgcolor: entry.action === 'UPDATE' ? 'rgba(46, 125, 50, 0.08)' : undefined }}>
              <Value value={after[field]} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
