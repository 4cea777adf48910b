import { FormHelperText } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';

/** Says which scores open a rework order (整改单), from the configured service rules. */
export const ReturnVisitHint = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { data: rules } = useQuery({ queryKey: ['serviceRules'], queryFn: async () => (await dataProvider.serviceRules()).data });
  if (!rules) return null;
  return (
    <FormHelperText sx={{ mt: -1, mb: 1 }}>
      {translate('app.order.message.score_rework', { score: rules.reworkScoreAtMost })}
    </FormHelperText>
  );
};
