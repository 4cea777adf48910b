import { BooleanInput, Datagrid, useTranslate, FunctionField, NullableBooleanInput, NumberField, ReferenceInput, AutocompleteInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { DateInput } from '../common/DateInputs';
import { List } from '../common/List';
import { MoneyField } from '../common/MoneyField';
import { enumChoices } from '../common/enumChoices';
import { StockStatusChip } from '../stock/StockStatusChip';

type Row = { status: string; customer?: { name: string }; station?: { name: string } | null; reasonCode?: { name: string } };

/** 退换货申请: newest first; “awaiting me” is each reviewer’s queue (operations: to review; finance: amounts and refunds). */
export const ReturnRequestList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={[
      <SearchInput source="q" alwaysOn key="q" />,
      <BooleanInput source="awaitingMe" alwaysOn key="awaitingMe" />,
      <SelectInput source="status" choices={enumChoices('ReturnStatus')} alwaysOn key="status" />,
      <SelectInput source="kind" choices={enumChoices('ReturnKind')} key="kind" />,
      <ReferenceInput source="stationId" reference="serviceStations" key="stationId">
        <AutocompleteInput />
      </ReferenceInput>,
      <NullableBooleanInput source="closed" key="closed" />,
      // The dashboard's return tiles open the list with these (a month's filed, completed, refunded).
      <DateInput source="createdFrom" key="createdFrom" />,
      <DateInput source="createdTo" key="createdTo" />,
      <DateInput source="completedFrom" key="completedFrom" />,
      <DateInput source="completedTo" key="completedTo" />,
      <DateInput source="refundedFrom" key="refundedFrom" />,
      <DateInput source="refundedTo" key="refundedTo" />,
    ]}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="number" />
      <FunctionField source="kind" render={(r: { kind: string }) => <span data-kind={r.kind}>{r.kind && <EnumText name="ReturnKind" value={r.kind} />}</span>} />
      <FunctionField source="status" render={(r: Row) => <StockStatusChip enumName="ReturnStatus" status={r.status} />} />
      <FunctionField source="customerId" sortable={false} render={(r: Row) => r.customer?.name} />
      <FunctionField source="reasonCodeId" sortable={false} render={(r: Row) => r.reasonCode?.name} />
      <MoneyField source="refundTotal" />
      <NumberField source="customerAfterSalesCount" sortable={false} />
      <FunctionField source="stationId" sortable={false} render={(r: Row) => r.station?.name} />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </List>
);

const EnumText = ({ name, value }: { name: string; value: string }) => <>{useTranslate()(`enums.${name}.${value}`)}</>;
