import { Form } from 'react-admin';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { ReportFilter } from '../stock/pages/ReportFilter';

/** One record picked as a report's filter (a station, a manufacturer …); blank means all. */
export const ReferenceFilter = ({ source, reference, label, onChange, filter }: { source: string; reference: string; label: string; onChange: (id: string | undefined) => void; filter?: Record<string, unknown> }) => (
  <Form>
    <ReportFilter names={[source]} onChange={(f: Record<string, string | undefined>) => onChange(f[source])} />
    <ReferenceAutocomplete source={source} reference={reference} label={label} filter={filter} sx={{ minWidth: 220, mb: -2.5 }} />
  </Form>
);
