import type { ReactElement, ReactNode } from 'react';
import { Datagrid, FunctionField, List, ReferenceField, ReferenceInput, AutocompleteInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { DateField } from '../../common/DateField';
import { enumChoices, type EnumName } from '../../common/enumChoices';
import type { StockDocumentResource } from '../../dataProvider/stockOperations';
import { StockStatusChip } from '../StockStatusChip';
import { statusEnum } from './documentTypes';

/**
 * A stock document type's list: number, state, warehouse and when, newest first; `columns` adds
 * the type's own, `filters` its own filters (number search, state, station and warehouse are common).
 */
export const DocumentList = ({ resource, columns, filters = [] }: { resource: StockDocumentResource; columns?: ReactNode; filters?: ReactElement[] }) => {
  const status = statusEnum(resource);
  return (
    <List
      sort={{ field: 'createdAt', order: 'DESC' }}
      filters={[
        <SearchInput source="q" alwaysOn key="q" />,
        <SelectInput source="status" choices={enumChoices(status as EnumName)} alwaysOn key="status" />,
        <ReferenceInput source="stationId" reference="serviceStations" key="stationId">
          <AutocompleteInput />
        </ReferenceInput>,
        <ReferenceInput source="warehouseId" reference="warehouses" key="warehouseId">
          <AutocompleteInput />
        </ReferenceInput>,
        ...filters,
      ]}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <FunctionField source="status" render={(r: { status: string }) => <StockStatusChip enumName={status} status={r.status} />} />
        <ReferenceField source="warehouseId" reference="warehouses" sortable={false} />
        {columns}
        <TextField source="requestedBy" sortable={false} />
        <DateField source="createdAt" showTime />
      </Datagrid>
    </List>
  );
};
