import { useResourceDefinitions } from 'react-admin';
import { entityResource } from './entityResource';

/** The resource whose page shows records of this entity, when the panel has one. */
export function useEntityPage(): (entityName: string) => string | undefined {
  const definitions = useResourceDefinitions();
  return (entityName) => {
    const resource = entityResource(entityName);
    return definitions[resource]?.hasShow ? resource : undefined;
  };
}
