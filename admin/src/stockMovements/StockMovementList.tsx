import {
  AutocompleteInput,
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../common/DateInputs';
import { DateField } from '../common/DateField';
import { EnumInput } from '../common/EnumInput';
import { DocumentLink } from '../stock/DocumentLink';
import { RESOURCE_OF_DOCUMENT_TYPE } from '../stock/documents/documentTypes';
import { Money } from '../stock/Money';

type Row = {
  id: string;
  kind: string;
  quantity: number;
  balanceAfter: number;
  unitCost: number | null;
  value: number | null;
  documentType: string;
  documentId: string;
  documentNumber: string;
  part: { code: string; name: string; unit: string };
  warehouse: { name: string };
  serviceOrder?: { id: string; number: string } | null;
};

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="partId" reference="parts" alwaysOn key="partId">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="warehouseId" reference="warehouses" alwaysOn key="warehouseId">
    <AutocompleteInput />
  </ReferenceInput>,
  <EnumInput source="kind" enumName="MovementKind" key="kind" />,
  <EnumInput source="documentType" enumName="StockDocumentType" key="documentType" />,
  <DateInput source="atFrom" key="atFrom" />,
  <DateInput source="atTo" key="atTo" />,
];

/**
 * 库存台账: every movement, newest first. `balanceAfter` is the running balance of its part and
 * warehouse (filter on both to read one part's story); in is positive, out negative.
 */
export const StockMovementList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={50}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="at" showTime />
        <FunctionField source="partId" sortable={false} render={(r: Row) => `${r.part.code} ${r.part.name}`} />
        <FunctionField source="warehouseId" sortable={false} render={(r: Row) => r.warehouse.name} />
        <FunctionField source="kind" sortable={false} render={(r: Row) => translate(`enums.MovementKind.${r.kind}`)} />
        <FunctionField source="quantity" render={(r: Row) => (r.quantity > 0 ? `+${r.quantity}` : String(r.quantity))} />
        <FunctionField source="balanceAfter" sortable={false} render={(r: Row) => <strong>{r.balanceAfter}</strong>} />
        <FunctionField source="unitCost" sortable={false} render={(r: Row) => <Money value={r.unitCost} />} />
        <FunctionField source="value" sortable={false} render={(r: Row) => <Money value={r.value} />} />
        <FunctionField
          source="documentNumber"
          sortable={false}
          render={(r: Row) => <DocumentLink resource={RESOURCE_OF_DOCUMENT_TYPE[r.documentType]} id={r.documentId} number={r.documentNumber} />}
        />
        <FunctionField source="serviceOrderId" sortable={false} render={(r: Row) => <DocumentLink resource="serviceOrders" id={r.serviceOrder?.id} number={r.serviceOrder?.number} />} />
        <TextField source="actorLabel" sortable={false} />
      </Datagrid>
    </List>
  );
};
