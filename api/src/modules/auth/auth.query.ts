import { defineQueryType, enumOf } from '../query/catalogue';
import { ApiKey, PartnerKind } from './api-key.entity';
import { User } from './user.entity';

defineQueryType(User, {
  root: 'users',
  title: 'username',
  fields: { username: {}, displayName: {}, active: {}, lastLoginAt: {}, createdAt: {} },
  relations: ['station', 'technician'],
  defaultColumns: ['username', 'displayName', 'station.name', 'active', 'lastLoginAt'],
});

defineQueryType(ApiKey, {
  root: 'apiKeys',
  title: 'name',
  fields: { name: {}, partnerKind: enumOf(PartnerKind, 'PartnerKind'), prefix: {}, expiresAt: {}, revokedAt: {}, lastUsedAt: {}, createdAt: {} },
  relations: ['manufacturer', 'station'],
  defaultColumns: ['name', 'partnerKind', 'prefix', 'manufacturer.name', 'station.name', 'expiresAt', 'lastUsedAt', 'revokedAt'],
});
