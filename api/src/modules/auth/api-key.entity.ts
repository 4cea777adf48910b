import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Manufacturer } from '../product/manufacturer.entity';
import { ServiceStation } from '../station/service-station.entity';
import { User } from './user.entity';
import { labelledEnum } from '../../graphql/enums';
import './auth.labels';

export enum PartnerKind {
  MANUFACTURER = 'manufacturer',
  RETAILER = 'retailer',
  SERVICE_NETWORK = 'service_network',
}
labelledEnum(PartnerKind, 'PartnerKind', { description: '合作方类型 Partner kind' });

/** A partner system's credential. Only a hash of the secret is kept; the key is shown once. */
@Entity({ tableName: 'api_key' })
@ObjectType({ simpleResolvers: true, description: '合作方 API 密钥 Partner API key' })
export class ApiKey extends BaseEntity {
  @Field({ description: '合作方名称 Partner name' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => PartnerKind)
  @Enum({ items: () => PartnerKind })
  partnerKind!: PartnerKind;

  @Field({ description: 'Public part of the key, shown in lists to tell keys apart' })
  @Property({ length: 20, unique: true })
  prefix!: string;

  @Property({ length: 64, hidden: true })
  secretHash!: string;

  @Field(() => [String], { description: 'Permissions granted, e.g. product:read, serviceOrder:create' })
  @Property({ type: 'text[]' })
  scopes: string[] = [];

  @ManyToOne(() => Manufacturer, { nullable: true, ref: true, deleteRule: 'restrict' })
  manufacturer?: Ref<Manufacturer> | null;

  @Field(() => ID, { nullable: true, description: 'Restricts records to this manufacturer' })
  get manufacturerId(): string | null {
    return this.manufacturer?.id ?? null;
  }

  @ManyToOne(() => ServiceStation, { nullable: true, ref: true, deleteRule: 'restrict' })
  station?: Ref<ServiceStation> | null;

  @Field(() => ID, { nullable: true, description: 'Restricts records to this station (service networks)' })
  get stationId(): string | null {
    return this.station?.id ?? null;
  }

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  createdBy?: Ref<User> | null;

  @Field({ description: 'Usable now: not revoked and not expired' })
  get active(): boolean {
    return !this.revokedAt && (!this.expiresAt || this.expiresAt > new Date());
  }
}
