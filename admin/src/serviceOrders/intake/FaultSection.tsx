import { Stack } from '@mui/material';
import { BooleanInput, RadioButtonGroupInput, TextInput, required, useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Product } from '../../../../schema/generated/graphql';
import { enumChoices } from '../../common/enumChoices';
import { EnumInput } from '../../common/EnumInput';
import { CodeInput } from '../CodeInput';
import { Section } from '../Section';

/** What the customer reports, the symptom code (only those of the product's category), and how it is served. */
export const FaultSection = () => {
  const productId = useWatch({ name: 'productId' }) as string | undefined;
  const { data: product } = useGetOne<Product>('products', { id: productId! }, { enabled: !!productId });
  const categoryId = productId ? product?.categoryId : undefined;
  return (
    <Section title="app.order.intake.fault">
      <TextInput source="reportedSymptom" validate={required()} multiline minRows={2} fullWidth />
      <CodeInput
        source="symptomCodeId"
        kind="FAULT_SYMPTOM"
        categoryId={categoryId}
        disabled={!categoryId}
        helperText={categoryId ? false : 'app.order.intake.choose_product_first'}
        fullWidth
      />
      <RadioButtonGroupInput source="customerRequest" choices={enumChoices('CustomerRequest')} defaultValue="REPAIR" />
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
        <EnumInput source="kind" enumName="ServiceOrderKind" defaultValue="REPAIR" validate={required()} />
        <EnumInput source="channel" enumName="OrderChannel" defaultValue="PHONE" validate={required()} />
        <EnumInput source="attribute" enumName="SaleAttribute" defaultValue="AFTER_SALE" validate={required()} />
      </Stack>
      <BooleanInput source="onSite" defaultValue />
    </Section>
  );
};
