import { ArrayInput, NumberInput, SimpleFormIterator, minValue, required } from 'react-admin';
import { PartPicker } from '../../stock/documents/PartPicker';

/** Parts with quantities (awaited, or used on the repair): the product's compatible parts are offered first. */
export const PartLinesInput = ({ source = 'parts', isRequired = false, productId }: { source?: string; isRequired?: boolean; productId?: string | null }) => (
  <ArrayInput source={source} validate={isRequired ? required() : undefined}>
    <SimpleFormIterator inline disableReordering>
      <PartPicker source="partId" productId={productId} validate={required()} sx={{ minWidth: 320 }} label="resources.serviceOrders.fields.partId" />
      <NumberInput source="quantity" defaultValue={1} validate={[required(), minValue(1)]} sx={{ width: 100 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
