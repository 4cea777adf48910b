import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Part } from '../../part/part.entity';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { MovementKind, StockDocumentType } from '../stock.enums';
import { Cost } from './cost';


/**
 * 库存台账: one movement of one part in one warehouse. Written in the transaction that changes the
 * on-hand balance, never updated or deleted (the database refuses both): a correction is a new row.
 * Not audited: it is itself the record of who moved what, when and by which document.
 */
@Entity({ tableName: 'stock_movement' })
@Index({ properties: ['part', 'warehouse', 'at'] })
@Index({ properties: ['warehouse', 'at'] })
@Index({ properties: ['documentId'] })
@Index({ properties: ['serviceOrder'] })
@ObjectType({ simpleResolvers: true, description: '库存台账 A stock movement: one row of the ledger, never changed' })
export class StockMovement {
  static readonly noAudit = true;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field({ description: '时间 When it moved' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  /**
   * The order rows were written in, from a database sequence: rows of one part and warehouse are
   * written under its balance row's lock, so this is the order of their running balances (clocks
   * of several API processes are not). The column defaults to `nextval('stock_movement_seq')`
   * (migration), which the ORM's schema diff knows as an autoincrement column.
   */
  @Property({ type: 'bigint', autoincrement: true })
  seq!: string;

  @ManyToOne(() => Part, { ref: true, deleteRule: 'restrict' })
  part!: Ref<Part>;

  @Field(() => ID)
  get partId(): string {
    return this.part.id;
  }

  @ManyToOne(() => Warehouse, { ref: true, deleteRule: 'restrict' })
  warehouse!: Ref<Warehouse>;

  @Field(() => ID)
  get warehouseId(): string {
    return this.warehouse.id;
  }

  @Field(() => Int, { description: '数量 Signed: in is positive, out negative' })
  @Property()
  quantity!: number;

  @Field(() => MovementKind)
  @Enum({ items: () => MovementKind })
  kind!: MovementKind;

  @Field(() => Float, { nullable: true, description: '单位成本 Cost per unit it moved at: the received cost in, the moving average out (hidden from partners)' })
  @Cost()
  unitCost!: number;

  @Field(() => Int, { description: '结存 On hand in the warehouse after this movement (the running balance)' })
  @Property()
  balanceAfter!: number;

  @Field(() => StockDocumentType)
  @Enum({ items: () => StockDocumentType })
  documentType!: StockDocumentType;

  @Field(() => ID, { description: 'The document that moved it' })
  @Property({ type: 'uuid' })
  documentId!: string;

  @Field({ description: '单号 The document’s number' })
  @Property({ length: 20 })
  documentNumber!: string;

  @ManyToOne(() => ServiceOrder, { ref: true, nullable: true, deleteRule: 'restrict' })
  serviceOrder?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: 'The service order the parts went to or came back from' })
  get serviceOrderId(): string | null {
    return this.serviceOrder?.id ?? null;
  }

  @Field({ description: 'user, partner or system' })
  @Property({ length: 10 })
  actorKind!: string;

  @Property({ length: 64 })
  actorId!: string;

  @Field(() => String, { nullable: true, description: '操作人 Who (hidden from partners)' })
  @Property({ length: 100 })
  actorLabel!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
