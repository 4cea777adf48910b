import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { ListFilter } from '../../graphql/list';
import { Role } from '../auth/role';
import { AdHocQueryInput } from './query.inputs';
import { QueryRoot } from './query.enums';

@InputType()
export class SavedQueryCreateInput {
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) description?: string | null;
  @Field(() => AdHocQueryInput) definition!: AdHocQueryInput;
  @Field(() => [Role], { nullable: true, description: 'Share with users holding these roles (analysts and managers may share)' })
  @ArrayMaxSize(20)
  sharedWithRoles?: Role[];
  @Field(() => [ID], { nullable: true, description: 'Share with these partner keys (for those who manage keys)' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  sharedWithApiKeyIds?: string[];
}

@InputType()
export class SavedQueryUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) description?: string | null;
  @Field(() => AdHocQueryInput, { nullable: true }) definition?: AdHocQueryInput;
  @Field(() => [Role], { nullable: true }) @ArrayMaxSize(20) sharedWithRoles?: Role[];
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(100) @IsUUID('all', { each: true }) sharedWithApiKeyIds?: string[];
}

@InputType()
export class SavedQueryFilter extends ListFilter {
  @Field(() => QueryRoot, { nullable: true }) root?: string;
  @Field({ nullable: true, description: 'Only mine (true) or only those shared with me (false)' }) mine?: boolean;
}
