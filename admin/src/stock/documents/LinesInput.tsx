import { ArrayInput, NumberInput, SimpleFormIterator, minValue, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PartPicker } from './PartPicker';

/**
 * A document's lines: a part (the product's compatible parts first, with what the chosen warehouse
 * holds), a quantity, and where the document takes one, a cost.
 */
export const LinesInput = ({ withCost = false, productId, source = 'lines', isRequired = true }: { withCost?: boolean; productId?: string | null; source?: string; isRequired?: boolean }) => {
  const warehouseId = useWatch({ name: 'warehouseId' }) as string | undefined;
  return (
    <ArrayInput source={source} validate={isRequired ? required() : undefined} label="app.stock.section.lines">
      <SimpleFormIterator inline disableReordering>
        <PartPicker source="partId" productId={productId} warehouseId={warehouseId} validate={required()} sx={{ minWidth: 340 }} label="resources.stockMovements.fields.partId" />
        <NumberInput source="quantity" defaultValue={1} validate={[required(), minValue(1)]} sx={{ width: 110 }} label="resources.stockMovements.fields.quantity" />
        {withCost && <NumberInput source="unitCost" validate={minValue(0)} sx={{ width: 150 }} label="resources.stockMovements.fields.unitCost" />}
      </SimpleFormIterator>
    </ArrayInput>
  );
};
