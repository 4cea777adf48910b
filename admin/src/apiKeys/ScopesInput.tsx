import { useQuery } from '@tanstack/react-query';
import { CheckboxGroupInput, LinearProgress, required, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/**
 * What an administrator may grant a partner key, as the API says (`grantableScopes`; it refuses
 * any other), each named by the catalogue (查看产品 / Read products) with its code beside it.
 */
export const ScopesInput = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { data: scopes } = useQuery({
    queryKey: ['grantableScopes'],
    queryFn: async () => (await dataProvider.grantableScopes()).data,
    staleTime: Infinity,
  });
  if (!scopes) return <LinearProgress />;
  return (
    <CheckboxGroupInput
      source="scopes"
      choices={scopes.map((scope) => ({ id: scope, name: `${translate(`enums.Permission.${scope}`, { _: scope })} (${scope})` }))}
      translateChoice={false}
      validate={required()}
    />
  );
};
