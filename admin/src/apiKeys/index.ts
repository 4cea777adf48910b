import KeyIcon from '@mui/icons-material/Key';
import type { ApiKey } from '../../../schema/generated/graphql';
import { ApiKeyCreate } from './ApiKeyCreate';
import { ApiKeyEdit } from './ApiKeyEdit';
import { ApiKeyList } from './ApiKeyList';
import { ApiKeyShow } from './ApiKeyShow';

export default {
  list: ApiKeyList,
  show: ApiKeyShow,
  edit: ApiKeyEdit,
  create: ApiKeyCreate,
  icon: KeyIcon,
  recordRepresentation: (apiKey: ApiKey) => apiKey.name,
};
