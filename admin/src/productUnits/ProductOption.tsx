import { useRecordContext } from 'react-admin';
import type { Product } from '../../../schema/generated/graphql';

/** A product in the model-number dropdown: the model number, then the name. */
export const ProductOption = () => {
  const product = useRecordContext<Product>();
  if (!product) return null;
  return (
    <span>
      <strong>{product.modelNumber}</strong> {product.name}
    </span>
  );
};
