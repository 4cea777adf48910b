import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, ID } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ServiceStation } from '../station/service-station.entity';
import { Technician } from '../station/technician.entity';
import { Role } from './role';

@Entity({ tableName: 'app_user' })
@ObjectType({ simpleResolvers: true, description: '用户 User of the panel' })
export class User extends BaseEntity {
  @Field()
  @Property({ length: 60, unique: true })
  username!: string;

  @Field({ description: '姓名 Display name' })
  @Property({ length: 100 })
  displayName!: string;

  @Property({ length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => [Role])
  @Enum({ items: () => Role, array: true })
  roles: Role[] = [];

  @ManyToOne(() => ServiceStation, { nullable: true, ref: true, deleteRule: 'restrict' })
  @Index()
  station?: Ref<ServiceStation> | null;

  @Field(() => ID, { nullable: true, description: '所属维修站 (station staff only see this station)' })
  get stationId(): string | null {
    return this.station?.id ?? null;
  }

  /** The technician this person is (at most one user per technician): they read their own commission. */
  @ManyToOne(() => Technician, { nullable: true, ref: true, deleteRule: 'restrict', unique: true })
  technician?: Ref<Technician> | null;

  @Field(() => ID, { nullable: true, description: '对应维修员 The technician this user is: they read their own commission, line by line' })
  get technicianId(): string | null {
    return this.technician?.id ?? null;
  }

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  /** Carried in every login token; raising it (new password, reset, deactivation) ends earlier tokens. */
  @Property({ default: 0, hidden: true })
  tokenVersion: Opt<number> = 0;
}
