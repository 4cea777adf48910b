import { Stack, TextField } from '@mui/material';
import { required, useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Product } from '../../../schema/generated/graphql';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { ProductOption } from './ProductOption';

const modelNumber = (product: Product) => product.modelNumber;

/** The product is chosen by its model number (款号), and its name (品名) appears beside it. */
export const ProductInput = () => {
  const translate = useTranslate();
  const productId = useWatch({ name: 'productId' }) as string | undefined;
  const { data: product } = useGetOne<Product>('products', { id: productId! }, { enabled: !!productId });
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} sx={{ width: '100%' }}>
      <ReferenceAutocomplete
        source="productId"
        reference="products"
        validate={required()}
        optionText={<ProductOption />}
        inputText={modelNumber}
        // The API searches model numbers and names; every suggestion it returns matches.
        matchSuggestion={() => true}
      />
      <TextField
        label={translate('app.product_name')}
        value={productId ? (product?.name ?? '') : ''}
        variant="filled"
        size="small"
        margin="dense"
        disabled
        fullWidth
      />
    </Stack>
  );
};
