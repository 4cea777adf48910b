import { useState } from 'react';
import { AutocompleteInput, useDataProvider, useTranslate, type AutocompleteInputProps } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { AppDataProvider } from '../../dataProvider';
import type { Choice } from '../../dataProvider/stockOperations';

interface Props extends Omit<AutocompleteInputProps, 'choices' | 'source'> {
  source?: string;
  /** The product the parts are for: its compatible parts come first, marked. */
  productId?: string | null;
  /** Show what this warehouse holds of each part. */
  warehouseId?: string | null;
}

/**
 * A part picked by typing code or name (partChoices): the product's compatible parts first, each
 * with what the warehouse holds. The part picked stays among the choices while the text changes.
 */
export const PartPicker = ({ source = 'partId', productId, warehouseId, ...props }: Props) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<Choice[]>([]);
  const { data = [], isFetching } = useQuery({
    queryKey: ['partChoices', productId ?? null, warehouseId ?? null, q],
    queryFn: async () => (await dataProvider.partChoices({ productId: productId ?? undefined, warehouseId: warehouseId ?? undefined, q: q || undefined })).data,
  });
  const choices = [...picked.filter((p) => !data.some((d) => d.partId === p.partId)), ...data].map((c) => ({
    id: c.partId,
    name: [
      `${c.part.code} ${c.part.name}`,
      c.compatible ? translate('app.stock.picker.fits') : null,
      c.onHand != null ? translate('app.stock.picker.on_hand', { n: c.onHand }) : null,
    ]
      .filter(Boolean)
      .join(' · '),
    choice: c,
  }));
  return (
    <AutocompleteInput
      source={source}
      choices={choices}
      isPending={isFetching && !choices.length}
      setFilter={setQ}
      matchSuggestion={() => true}
      onChange={(id) => {
        const c = choices.find((x) => x.id === id);
        if (c) setPicked([c.choice]);
      }}
      {...props}
    />
  );
};
