import { useQuery } from '@tanstack/react-query';
import { AutocompleteInput, useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { useEntityLabel } from './useEntityLabel';

/** The kinds of record the log holds, as the API names them (`auditedEntityNames`). */
export const EntityNameInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const label = useEntityLabel();
  const { data: names = [] } = useQuery({
    queryKey: ['auditedEntityNames'],
    queryFn: async () => (await dataProvider.auditedEntityNames()).data,
    staleTime: Infinity,
  });
  const choices = names.map((name) => ({ id: name, name: label(name) }));
  return <AutocompleteInput source={source} choices={choices} translateChoice={false} />;
};
