import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { findVisible, readResolver, toEntityData, type ReadConfig } from '../../graphql/crud';
import { badInput, fieldError } from '../../common/errors';
import { ref, relationResolver } from '../../graphql/relations';
import { Manufacturer } from '../product/manufacturer.entity';
import { ServiceStation } from '../station/service-station.entity';
import { ApiKey, PartnerKind } from './api-key.entity';
import { ApiKeyUsage } from './api-key-usage.entity';
import { ApiKeyFilter, ApiKeyIssueInput, ApiKeyUpdateInput } from './api-key.inputs';
import { generateApiKey } from './auth.service';
import { PARTNER_GRANTABLE } from './permissions';
import { User } from './user.entity';
import './auth.policy';

@ObjectType({ description: 'A newly issued key: the only time the full key is shown' })
class IssuedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field({ description: 'Send as `X-Api-Key: <key>`. Store it now: it cannot be shown again.' })
  key!: string;
}

const config: ReadConfig<ApiKey, ApiKeyFilter> = {
  entity: ApiKey,
  name: 'ApiKey',
  plural: 'ApiKeys',
  filterInput: ApiKeyFilter,
  sortFields: ['createdAt', 'name', 'lastUsedAt'],
  searchFields: ['name', 'prefix'],
  where: (f) => (f.revoked === undefined ? undefined : { revokedAt: f.revoked ? { $ne: null } : null }),
};

/** Scopes must be grantable; a manufacturer key must name its manufacturer, a network key its station. */
function assertValidKey(key: ApiKey): void {
  const errors = [];
  const unknown = key.scopes.filter((s) => !(PARTNER_GRANTABLE as string[]).includes(s));
  if (unknown.length) {
    errors.push(fieldError('scopes', `包含不可授予的权限：${unknown.join(', ')}`, `contains scopes that cannot be granted: ${unknown.join(', ')}`));
  }
  if (key.partnerKind === PartnerKind.MANUFACTURER && !key.manufacturerId) {
    errors.push(fieldError('manufacturerId', '必须填写（厂家类型的密钥）', 'is required for manufacturer keys'));
  }
  if (key.partnerKind === PartnerKind.SERVICE_NETWORK && !key.stationId) {
    errors.push(fieldError('stationId', '必须填写（服务网络类型的密钥）', 'is required for service-network keys'));
  }
  if (errors.length) throw badInput(errors);
}

@Resolver(() => ApiKey)
export class ApiKeyResolver extends readResolver(config) {
  @Authorized('apiKey:read')
  @Query(() => [String], { description: 'The scopes an administrator may grant to a partner key' })
  grantableScopes(): string[] {
    return [...PARTNER_GRANTABLE];
  }

  @Authorized('apiKey:write')
  @Mutation(() => IssuedApiKey, { description: '签发密钥 Issue a partner key (shown once)' })
  async issueApiKey(@Arg('input') input: ApiKeyIssueInput, @Ctx() ctx: Context): Promise<IssuedApiKey> {
    const { key, prefix, secretHash } = generateApiKey();
    const meta = ctx.em.getMetadata().get<ApiKey>(ApiKey.name);
    const apiKey = ctx.em.create(ApiKey, {
      ...(toEntityData(meta, input) as object),
      prefix,
      secretHash,
      createdBy: ctx.actor?.kind === 'user' ? ctx.em.getReference(User, ctx.actor.id) : null,
    } as never);
    assertValidKey(apiKey);
    await ctx.em.flush();
    return { apiKey, key };
  }

  @Authorized('apiKey:write')
  @Mutation(() => ApiKey, { description: 'Change a key’s name, scopes, record limits or expiry' })
  async updateApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ApiKeyUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ApiKey> {
    const apiKey = await findVisible(ApiKey, ctx, id);
    ctx.em.assign(apiKey, toEntityData(ctx.em.getMetadata().get<ApiKey>(ApiKey.name), input) as never);
    assertValidKey(apiKey);
    return apiKey;
  }

  @Authorized('apiKey:write')
  @Mutation(() => ApiKey, { description: '吊销密钥 Revoke a key: it stops working at once' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiKey> {
    const apiKey = await findVisible(ApiKey, ctx, id);
    apiKey.revokedAt ??= new Date();
    return apiKey;
  }

  @FieldResolver(() => [ApiKeyUsage], { description: 'Requests per day and operation, newest first (last 30 rows)' })
  usage(@Root() key: ApiKey, @Ctx() ctx: Context) {
    return ctx.loaders
      .children(ApiKeyUsage, 'apiKeyId', key.id, { day: 'desc', operation: 'asc' })
      .then((rows) => rows.slice(0, 30));
  }
}

export const ApiKeyRelations = relationResolver(ApiKey, {
  manufacturer: ref(() => Manufacturer, 'manufacturer', { nullable: true }),
  station: ref(() => ServiceStation, 'station', { nullable: true }),
});
