import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../../../schema/generated/graphql';
import { formatDate } from '../common/dateFormat';
import { resourceFields } from '../dataProvider/introspection';
import { fieldName } from '../i18n/catalogue';
import { RecordName } from './RecordName';
import { useEntityPage } from './useEntityPage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}.*)?$/;

/** A stored value as the panel shows it elsewhere: names for references and enums, dates in the panel's format. */
const Value = ({ value, reference, enumName }: { value: unknown; reference?: string; enumName?: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (value === null || value === undefined) return <>—</>;
  if (typeof value === 'boolean') return <>{translate(`ra.boolean.${value}`)}</>;
  if (typeof value === 'string' && reference && UUID.test(value)) return <RecordName resource={reference} id={value} />;
  if (typeof value === 'string' && enumName) return <>{translate(`enums.${enumName}.${value.toUpperCase()}`, { _: value })}</>;
  if (typeof value === 'string' && INSTANT.test(value)) return <>{formatDate(value, locale, value.length > 10)}</>;
  const text = typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value);
  return <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontFamily: typeof value === 'object' ? 'monospace' : undefined }}>{text}</span>;
};

/** Before and after side by side, one row per field the change touched, fields named as the catalogue names them. */
export const ChangesTable = (_props: { label?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pageOf = useEntityPage();
  if (!entry) return null;
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (fields.length === 0) return <Typography variant="body2">{translate('app.message.no_changes')}</Typography>;

  const resource = pageOf(entry.entityName);
  // The log names relations by property (`region`); the schema knows them as `regionId` → regions.
  const { references, enums } = resource ? resourceFields(resource) : { references: {}, enums: {} };
  const lang = locale === 'en' ? 'en' : 'zh';

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
        {fields.map((field) => {
          const props = { reference: references[`${field}Id`] ?? (field === 'order' ? 'serviceOrders' : undefined), enumName: enums[field] };
          return (
            <TableRow key={field}>
              <TableCell title={field}>{fieldName(entry.entityName, field, lang)}</TableCell>
              <TableCell sx={{ bgcolor: entry.action === 'UPDATE' ? 'rgba(211, 47, 47, 0.06)' : undefined }}>
                <Value value={before[field]} {...props} />
              </TableCell>
              <TableCell sx={{ bgcolor: entry.action === 'UPDATE' ? 'rgba(46, 125, 50, 0.08)' : undefined }}>
                <Value value={after[field]} {...props} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
