import { ArrayInput, NumberInput, SimpleFormIterator, minValue, required } from 'react-admin';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';

/** Parts with quantities (awaited, or used on the repair). */
export const PartLinesInput = ({ source = 'parts', isRequired = false }: { source?: string; isRequired?: boolean }) => (
  <ArrayInput source={source} validate={isRequired ? required() : undefined}>
    <SimpleFormIterator inline disableReordering>
      <ReferenceAutocomplete source="partId" reference="parts" validate={required()} sx={{ minWidth: 280 }} />
      <NumberInput source="quantity" defaultValue={1} validate={[required(), minValue(1)]} sx={{ width: 100 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
