import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { BaseEntity } from '../../../common/base.entity';
import { Part } from '../../part/part.entity';
import { ServiceStation } from '../../station/service-station.entity';
import { Warehouse } from '../../station/warehouse.entity';

/**
 * What every stock document has: a number per type and year, the warehouse it works on and that
 * warehouse's station (whose staff see and work it), who asked for it, a note, and when it closed.
 * Each document type adds its status (its own lifecycle), its lines and its timeline.
 */
@Entity({ abstract: true })
@ObjectType()
export abstract class StockDocument extends BaseEntity {
  @Field({ description: '单号 Consecutive per document type and year, e.g. RK-2026-000001' })
  @Property({ length: 20, unique: true })
  number!: string;

  @ManyToOne(() => ServiceStation, { ref: true, deleteRule: 'restrict' })
  @Index()
  station!: Ref<ServiceStation>;

  @Field(() => ID, { description: 'The warehouse’s station: its staff see and work the document' })
  get stationId(): string {
    return this.station.id;
  }

  @ManyToOne(() => Warehouse, { ref: true, deleteRule: 'restrict' })
  @Index()
  warehouse!: Ref<Warehouse>;

  @Field(() => ID, { description: '仓库 The warehouse it works on' })
  get warehouseId(): string {
    return this.warehouse.id;
  }

  @Property({ length: 10 })
  requestedByKind!: string;

  @Property({ length: 64 })
  requestedById!: string;

  @Field(() => String, { nullable: true, description: '申请人 Who made it (hidden from partners)' })
  @Property({ length: 100 })
  requestedBy!: string;

  @Field(() => String, { nullable: true, description: '备注 Note' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it reached a final state' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;
}

/** A line of a stock document: a part and a quantity, in the order entered. */
@Entity({ abstract: true })
@ObjectType()
export abstract class StockDocumentLine {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => Int, { description: '行号 Line number' })
  @Property({ type: 'smallint' })
  lineNo!: number;

  @ManyToOne(() => Part, { ref: true, deleteRule: 'restrict' })
  part!: Ref<Part>;

  @Field(() => ID)
  get partId(): string {
    return this.part.id;
  }

  @Field(() => Int, { description: '数量 Quantity' })
  @Property()
  quantity!: number;
}
