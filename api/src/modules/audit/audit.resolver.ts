import { Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { Context } from '../../graphql/context';
import { DateBound, DateOrDateTime } from '../../graphql/date-range';
import { readResolver } from '../../graphql/crud';
import { ListFilter, SortOrder } from '../../graphql/list';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import './audit.policy';
import { isAudited } from './audit.subscriber';

@InputType()
class AuditEntryFilter extends ListFilter {
  @Field({ nullable: true, description: 'Entity type, e.g. Customer' }) @MaxLength(64) entityName?: string;
  @Field({ nullable: true }) @MaxLength(64) entityId?: string;
  @Field(() => ID, { nullable: true, description: 'User id or API key id' }) @MaxLength(64) actorId?: string;
  @Field({ nullable: true, description: 'user, partner or system' }) @MaxLength(10) actorKind?: string;
  @Field(() => AuditAction, { nullable: true }) action?: AuditAction;
  @Field(() => DateOrDateTime, { nullable: true }) atFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) atTo?: DateBound;
}

@Resolver(() => AuditEntry)
export class AuditResolver extends readResolver({
  entity: AuditEntry,
  name: 'AuditEntry',
  plural: 'AuditEntries',
  filterInput: AuditEntryFilter,
  sortFields: ['at', 'entityName', 'actorLabel'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['entityName', 'entityId', 'actorLabel', 'reason'],
}) {
  @Authorized('audit:read')
  @Query(() => [String], { description: 'Entity names the audit log records, for filtering' })
  auditedEntityNames(@Ctx() ctx: Context): string[] {
    return Object.values(ctx.em.getMetadata().getAll())
      .filter((meta) => !meta.abstract && !meta.embeddable && meta.tableName && isAudited(meta.class))
      .filter((meta) => meta.className !== AuditEntry.name)
      .map((meta) => meta.className)
      .sort();
  }
}
