import { required } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { Brand } from '../../../schema/generated/graphql';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

/** Choosing a brand fills in its manufacturer, which the user may still change (OEM products). */
export const BrandInput = () => {
  const { setValue } = useFormContext();
  return (
    <ReferenceAutocomplete
      source="brandId"
      reference="brands"
      validate={required()}
      onChange={(_id, brand) => {
        if (brand) setValue('manufacturerId', (brand as Brand).manufacturerId, { shouldDirty: true });
      }}
    />
  );
};
