import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsNotEmpty, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ListFilter } from '../../graphql/list';
import { Role } from './role';

@InputType()
export class UserCreateInput {
  @Field() @Matches(/^[a-z0-9_.-]{2,60}$/i) username!: string;
  @Field() @IsNotEmpty() @MaxLength(100) displayName!: string;
  @Field() @MinLength(8) @MaxLength(200) password!: string;
  @Field(() => [Role]) @ArrayNotEmpty() @ArrayMaxSize(20) roles!: Role[];
  @Field(() => ID, { nullable: true, description: 'Ties the user to a station: they then see only its records' })
  @IsUUID()
  stationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The technician this user is (needs the technician role; ties the user to that technician’s station)' })
  @IsUUID()
  technicianId?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class UserUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) displayName?: string;
  @Field({ nullable: true, description: 'Sets a new password' }) @MinLength(8) @MaxLength(200) password?: string;
  @Field(() => [Role], { nullable: true }) @ArrayNotEmpty() @ArrayMaxSize(20) roles?: Role[];
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() technicianId?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class UserFilter extends ListFilter {
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() technicianId?: string;
  @Field({ nullable: true }) active?: boolean;
}
