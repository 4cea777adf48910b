import {
  AutocompleteInput,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  TextInput,
} from 'react-admin';
import { DateInput } from '../../common/DateInputs';
import { enumChoices } from '../../common/enumChoices';
import { EnumInput } from '../../common/EnumInput';
import { PartnerInput } from './PartnerInput';

/**
 * The order list's filters, the most used always shown. Date ranges send calendar days: the API
 * reads them as whole days of the business time zone. The partner filter offers the partners
 * behind the user's orders (no need to read partner keys).
 */
export function useOrderFilters({ overdueList = false } = {}) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput
      key="statuses"
      source="statuses"
      choices={enumChoices('ServiceOrderStatus')}
      alwaysOn
      sx={{ minWidth: 200 }}
    />,
    <ReferenceInput key="stationId" source="stationId" reference="serviceStations" alwaysOn>
      <AutocompleteInput />
    </ReferenceInput>,
    <TextInput key="modelNumber" source="modelNumber" alwaysOn sx={{ minWidth: 160 }} />,
    <NullableBooleanInput key="closed" source="closed" />,
    <ReferenceInput key="technicianId" source="technicianId" reference="technicians">
      <AutocompleteInput />
    </ReferenceInput>,
    <DateInput key="createdFrom" source="createdFrom" />,
    <DateInput key="createdTo" source="createdTo" />,
    <DateInput key="completedFrom" source="completedFrom" />,
    <DateInput key="completedTo" source="completedTo" />,
    <DateInput key="slaDueFrom" source="slaDueFrom" />,
    <DateInput key="slaDueTo" source="slaDueTo" />,
    ...(overdueList ? [] : [<NullableBooleanInput key="overdue" source="overdue" />]),
    <NullableBooleanInput key="repeatRepair" source="repeatRepair" />,
    <NullableBooleanInput key="inWarranty" source="inWarranty" />,
    <NullableBooleanInput key="exchangeOffered" source="exchangeOffered" />,
    <EnumInput key="kind" source="kind" enumName="ServiceOrderKind" />,
    <EnumInput key="channel" source="channel" enumName="OrderChannel" />,
    <EnumInput key="attribute" source="attribute" enumName="SaleAttribute" />,
    <PartnerInput key="createdByApiKeyId" source="createdByApiKeyId" />,
    <ReferenceInput key="productId" source="productId" reference="products">
      <AutocompleteInput />
    </ReferenceInput>,
    <ReferenceInput key="manufacturerId" source="manufacturerId" reference="manufacturers">
      <AutocompleteInput />
    </ReferenceInput>,
    <ReferenceInput key="customerId" source="customerId" reference="customers">
      <AutocompleteInput />
    </ReferenceInput>,
  ];
}
