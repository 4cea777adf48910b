import { definePolicy } from '../../common/access/policy';
import { registerTableName } from '../../common/errors';
import { ApiKey } from './api-key.entity';
import { ApiKeyUsage } from './api-key-usage.entity';
import { User } from './user.entity';

export const USER_LABEL = { zh: '用户', en: 'user' };
export const API_KEY_LABEL = { zh: 'API 密钥', en: 'API key' };
registerTableName('app_user', USER_LABEL);
registerTableName('api_key', API_KEY_LABEL);

/** Users and keys are readable only with their permissions (administrators; managers read users). */
export const USER_POLICY = definePolicy(User, { resource: 'user', label: USER_LABEL });
export const API_KEY_POLICY = definePolicy(ApiKey, { resource: 'apiKey', label: API_KEY_LABEL });
export const API_KEY_USAGE_POLICY = definePolicy(ApiKeyUsage, { resource: 'apiKey', label: { zh: 'API 用量', en: 'API usage' } });
