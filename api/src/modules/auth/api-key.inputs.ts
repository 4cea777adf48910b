import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { ListFilter } from '../../graphql/list';
import { PartnerKind } from './api-key.entity';

@InputType()
export class ApiKeyIssueInput {
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => PartnerKind) partnerKind!: PartnerKind;
  @Field(() => [String], { description: 'Permissions, e.g. ["product:read", "productUnit:create"]' })
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @MaxLength(60, { each: true })
  scopes!: string[];
  @Field(() => ID, { nullable: true, description: 'Only this manufacturer’s records' })
  @IsUUID()
  manufacturerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this station’s records' })
  @IsUUID()
  stationId?: string | null;
  @Field(() => Date, { nullable: true }) expiresAt?: Date | null;
}

@InputType()
export class ApiKeyUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => [String], { nullable: true }) @ArrayNotEmpty() @ArrayMaxSize(50) @MaxLength(60, { each: true }) scopes?: string[];
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string | null;
  @Field(() => Date, { nullable: true }) expiresAt?: Date | null;
}

@InputType()
export class ApiKeyFilter extends ListFilter {
  @Field(() => PartnerKind, { nullable: true }) partnerKind?: PartnerKind;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field({ nullable: true, description: 'Only revoked (true) or only not revoked (false)' }) revoked?: boolean;
}
