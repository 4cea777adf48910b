import { useQuery } from '@tanstack/react-query';
import { CheckboxGroupInput, LinearProgress, required, useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/** What an administrator may grant a partner key, as the API says (`grantableScopes`); it refuses any other. */
export const ScopesInput = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: scopes } = useQuery({
    queryKey: ['grantableScopes'],
    queryFn: async () => (await dataProvider.grantableScopes()).data,
    staleTime: Infinity,
  });
  if (!scopes) return <LinearProgress />;
  return (
    <CheckboxGroupInput
      source="scopes"
      choices={scopes.map((scope) => ({ id: scope, name: scope }))}
      translateChoice={false}
      validate={required()}
    />
  );
};
