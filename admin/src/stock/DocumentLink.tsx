import { Link, useCreatePath } from 'react-admin';

/** A link to a record's page by its number (a document, a service order). */
export const DocumentLink = ({ resource, id, number }: { resource: string; id?: string | null; number?: string | null }) => {
  const createPath = useCreatePath();
  if (!id || !number) return null;
  return <Link to={createPath({ resource, id, type: 'show' })}>{number}</Link>;
};
