import {
  AutocompleteInput,
  BooleanField,
  ChipField,
  Datagrid,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { DateInput } from '../common/DateInputs';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { BulkActions } from '../common/BulkActions';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <ReferenceInput source="productId" reference="products" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="ownerId" reference="customers">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="manufacturerId" reference="manufacturers">
    <AutocompleteInput />
  </ReferenceInput>,
  <DateInput source="purchaseFrom" />,
  <DateInput source="purchaseTo" />,
  <DateInput source="inWarrantyOn" />,
  <NullableBooleanInput source="active" />,
];

export const ProductUnitList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'purchaseDate', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="serialNumber" />
      <ReferenceField source="productId" reference="products" sortable={false}>
        <ChipField source="modelNumber" />
      </ReferenceField>
      <ReferenceField source="ownerId" reference="customers" sortable={false} />
      <DateField source="purchaseDate" />
      <DateField source="warrantyEndsOn" />
      <BooleanField source="inWarranty" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
