import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Part } from '../../part/part.entity';
import { OrderPart } from '../../service-order/order-part.entity';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { PurchaseOrder } from '../purchase-order/purchase-order.entity';
import { StockTransfer } from '../transfer/transfer.entity';

/**
 * 待件来源: an awaited line of a service order and the purchase order or transfer that brings it.
 * Receiving that document marks the line arrived, issues it to the order and tells the station.
 */
@Entity({ tableName: 'stock_awaited_part' })
@Index({ properties: ['purchaseOrder'] })
@Index({ properties: ['transfer'] })
@ObjectType({ simpleResolvers: true, description: '待件来源 An awaited order line and the document that brings it' })
export class AwaitedPart {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => OrderPart, { ref: true, deleteRule: 'cascade', unique: true })
  orderPart!: Ref<OrderPart>;

  @Field(() => ID)
  get orderPartId(): string {
    return this.orderPart.id;
  }

  @ManyToOne(() => ServiceOrder, { ref: true, deleteRule: 'cascade' })
  @Index()
  serviceOrder!: Ref<ServiceOrder>;

  @Field(() => ID)
  get serviceOrderId(): string {
    return this.serviceOrder.id;
  }

  @ManyToOne(() => Part, { ref: true, deleteRule: 'restrict' })
  part!: Ref<Part>;

  @Field(() => ID)
  get partId(): string {
    return this.part.id;
  }

  @Field(() => Int)
  @Property()
  quantity!: number;

  @ManyToOne(() => PurchaseOrder, { ref: true, nullable: true, deleteRule: 'restrict' })
  purchaseOrder?: Ref<PurchaseOrder> | null;

  @Field(() => ID, { nullable: true })
  get purchaseOrderId(): string | null {
    return this.purchaseOrder?.id ?? null;
  }

  @ManyToOne(() => StockTransfer, { ref: true, nullable: true, deleteRule: 'restrict' })
  transfer?: Ref<StockTransfer> | null;

  @Field(() => ID, { nullable: true })
  get transferId(): string | null {
    return this.transfer?.id ?? null;
  }

  @Field()
  @Property({ type: 'timestamptz' })
  linkedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the document brought it (then issued to the order)' })
  @Property({ type: 'timestamptz', nullable: true })
  arrivedAt?: Date | null;
}
