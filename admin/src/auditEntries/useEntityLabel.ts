import { useTranslate } from 'react-admin';
import { useEntityPage } from './useEntityPage';

/** An audited entity's name in the user's language: the resource's name where the panel has one. */
export function useEntityLabel(): (entityName: string) => string {
  const translate = useTranslate();
  const pageOf = useEntityPage();
  return (entityName) => {
    const resource = pageOf(entityName);
    return resource
      ? translate(`resources.${resource}.name`, { smart_count: 1 })
      : translate(`app.audit.entities.${entityName}`, { _: entityName });
  };
}
