import { Chip } from '@mui/material';
import { AutocompleteInput, BooleanInput, Datagrid, FunctionField, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { DateInput } from '../common/DateInputs';
import { List } from '../common/List';
import { enumChoices } from '../common/enumChoices';
import { StockStatusChip } from '../stock/StockStatusChip';

type Row = { status: string; category: string; severity: string; customer?: { name: string }; station?: { name: string } | null; responseOverdue: boolean; resolutionOverdue: boolean };

const Overdue = ({ r }: { r: Row }) => {
  const translate = useTranslate();
  return (
    <>
      {r.responseOverdue && <Chip size="small" color="error" variant="outlined" label={translate('resources.complaints.fields.responseOverdue')} data-overdue="response" />}
      {r.resolutionOverdue && <Chip size="small" color="error" label={translate('resources.complaints.fields.resolutionOverdue')} data-overdue="resolution" />}
    </>
  );
};

/** 投诉: newest first; the overdue filter is the list to chase (past 4 h without an answer, 48 h without a resolution). */
export const ComplaintList = () => {
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'receivedAt', order: 'DESC' }}
      filters={[
        <SearchInput source="q" alwaysOn key="q" />,
        <BooleanInput source="overdue" alwaysOn key="overdue" />,
        <SelectInput source="status" choices={enumChoices('ComplaintStatus')} alwaysOn key="status" />,
        <SelectInput source="category" choices={enumChoices('ComplaintCategory')} key="category" />,
        <SelectInput source="severity" choices={enumChoices('ComplaintSeverity')} key="severity" />,
        <ReferenceInput source="stationId" reference="serviceStations" key="stationId">
          <AutocompleteInput />
        </ReferenceInput>,
        <NullableBooleanInput source="closed" key="closed" />,
        // The dashboard's complaint tiles open the list with these (a month's received, closed, late).
        <DateInput source="receivedFrom" key="receivedFrom" />,
        <DateInput source="receivedTo" key="receivedTo" />,
        <DateInput source="closedFrom" key="closedFrom" />,
        <DateInput source="closedTo" key="closedTo" />,
        <NullableBooleanInput source="late" key="late" />,
      ]}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <FunctionField source="status" render={(r: Row) => <StockStatusChip enumName="ComplaintStatus" status={r.status} />} />
        <FunctionField source="category" render={(r: Row) => translate(`enums.ComplaintCategory.${r.category}`)} />
        <FunctionField source="severity" render={(r: Row) => translate(`enums.ComplaintSeverity.${r.severity}`)} />
        <FunctionField source="customerId" sortable={false} render={(r: Row) => r.customer?.name} />
        <FunctionField source="stationId" sortable={false} render={(r: Row) => r.station?.name} />
        <DateField source="receivedAt" showTime />
        <DateField source="respondDueAt" showTime />
        <DateField source="resolveDueAt" showTime />
        <FunctionField source="overdue" sortable={false} render={(r: Row) => <Overdue r={r} />} />
      </Datagrid>
    </List>
  );
};
