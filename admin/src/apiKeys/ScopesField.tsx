import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** A key's scopes by their names in the catalogue (the code in the tooltip). */
export const ScopesField = (props: FieldProps) => {
  const scopes = (useFieldValue(props) as string[] | undefined) ?? [];
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {scopes.map((scope) => (
        <Chip key={scope} size="small" label={translate(`enums.Permission.${scope}`, { _: scope })} title={scope} />
      ))}
    </Stack>
  );
};
