import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { BulkActions } from '../common/BulkActions';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListActions } from '../common/ListActions';

const filters = [
  <SearchInput source="q" alwaysOn />,
  <EnumInput source="feeKind" enumName="FeeKind" alwaysOn />,
  <EnumInput source="serviceKind" enumName="ServiceKind" alwaysOn />,
  <ReferenceInput source="brandId" reference="brands">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput source="categoryId" reference="productCategories">
    <AutocompleteInput />
  </ReferenceInput>,
  <EnumInput source="distanceBand" enumName="DistanceBand" />,
  <NullableBooleanInput source="active" />,
];

export const FeeRuleList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <TextField source="name" />
      <EnumField source="feeKind" enumName="FeeKind" />
      <EnumField source="serviceKind" enumName="ServiceKind" />
      <ReferenceField source="brandId" reference="brands" sortable={false} emptyText="—" />
      <ReferenceField source="categoryId" reference="productCategories" sortable={false} emptyText="—" />
      <EnumField source="distanceBand" enumName="DistanceBand" sortable={false} />
      <MoneyField source="amount" />
      <DateField source="validFrom" sortable={false} />
      <DateField source="validTo" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
