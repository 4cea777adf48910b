import {
  AutocompleteInput,
  DateInput,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  useCanAccess,
} from 'react-admin';
import { endOfDay, startOfDay } from '../../common/dateParsers';
import { enumChoices } from '../../common/enumChoices';
import { EnumInput } from '../../common/EnumInput';

/**
 * The order list's filters, the most used always shown. The partner-key filter only for those who
 * may read keys (its choices come from the key list).
 */
export function useOrderFilters({ overdueList = false } = {}) {
  const { canAccess: seesKeys } = useCanAccess({ resource: 'apiKeys', action: 'list' });
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
    <ReferenceInput key="technicianId" source="technicianId" reference="technicians">
      <AutocompleteInput />
    </ReferenceInput>,
    <DateInput key="createdFrom" source="createdFrom" parse={startOfDay} />,
    <DateInput key="createdTo" source="createdTo" parse={endOfDay} />,
    <DateInput key="completedFrom" source="completedFrom" parse={startOfDay} />,
    <DateInput key="completedTo" source="completedTo" parse={endOfDay} />,
    ...(overdueList ? [] : [<NullableBooleanInput key="overdue" source="overdue" />]),
    <NullableBooleanInput key="repeatRepair" source="repeatRepair" />,
    <NullableBooleanInput key="inWarranty" source="inWarranty" />,
    <NullableBooleanInput key="exchangeOffered" source="exchangeOffered" />,
    <EnumInput key="kind" source="kind" enumName="ServiceOrderKind" />,
    <EnumInput key="channel" source="channel" enumName="OrderChannel" />,
    <EnumInput key="attribute" source="attribute" enumName="SaleAttribute" />,
    <ReferenceInput key="productId" source="productId" reference="products">
      <AutocompleteInput />
    </ReferenceInput>,
    <ReferenceInput key="manufacturerId" source="manufacturerId" reference="manufacturers">
      <AutocompleteInput />
    </ReferenceInput>,
    <ReferenceInput key="customerId" source="customerId" reference="customers">
      <AutocompleteInput />
    </ReferenceInput>,
    ...(seesKeys
      ? [
          <ReferenceInput key="createdByApiKeyId" source="createdByApiKeyId" reference="apiKeys">
            <AutocompleteInput />
          </ReferenceInput>,
        ]
      : []),
  ];
}
