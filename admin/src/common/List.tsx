import { List as RaList, type ListProps } from 'react-admin';
import { ListActions } from './ListActions';

/** react-admin's List with the panel's actions (our export) unless a list brings its own. */
export const List = (props: ListProps) => <RaList actions={<ListActions />} {...props} />;
