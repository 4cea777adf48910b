import { AutocompleteInput } from 'react-admin';
import { AUDITED_ENTITIES } from './auditedEntities';
import { useEntityLabel } from './useEntityLabel';

export const EntityNameInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const label = useEntityLabel();
  const choices = Object.keys(AUDITED_ENTITIES).map((name) => ({ id: name, name: label(name) }));
  return <AutocompleteInput source={source} choices={choices} translateChoice={false} />;
};
