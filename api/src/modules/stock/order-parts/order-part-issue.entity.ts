import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Part } from '../../part/part.entity';
import { OrderPart } from '../../service-order/order-part.entity';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { Cost } from '../ledger/cost';
import { Requisition, RequisitionLine } from '../requisition/requisition.entity';
import { IssueSource } from '../stock.enums';

/**
 * Where the parts of an order line came from: the station's warehouse (a consumption row of the
 * ledger carries the order number) or what a technician of the order held on a requisition (the
 * part left the warehouse when the requisition was issued). Cancelling returns what came from the
 * warehouse.
 */
@Entity({ tableName: 'stock_order_issue' })
@ObjectType({ simpleResolvers: true, description: '服务单用料 How parts of an order line were issued' })
export class OrderPartIssue {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => OrderPart, { ref: true, deleteRule: 'cascade' })
  @Index()
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

  @Field(() => IssueSource)
  @Enum({ items: () => IssueSource })
  source!: IssueSource;

  @ManyToOne(() => Warehouse, { ref: true, nullable: true, deleteRule: 'restrict' })
  warehouse?: Ref<Warehouse> | null;

  @Field(() => ID, { nullable: true, description: 'The warehouse it left (source WAREHOUSE)' })
  get warehouseId(): string | null {
    return this.warehouse?.id ?? null;
  }

  @ManyToOne(() => Requisition, { ref: true, nullable: true, deleteRule: 'restrict' })
  requisition?: Ref<Requisition> | null;

  @Field(() => ID, { nullable: true, description: 'The requisition the technician held it on (source HOLDING)' })
  get requisitionId(): string | null {
    return this.requisition?.id ?? null;
  }

  @ManyToOne(() => RequisitionLine, { ref: true, nullable: true, deleteRule: 'restrict' })
  requisitionLine?: Ref<RequisitionLine> | null;

  @Field(() => Float, { nullable: true, description: 'What one cost (hidden from partners)' })
  @Cost()
  unitCost!: number;

  @Field()
  @Property({ type: 'timestamptz' })
  issuedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it went back to stock (the order was cancelled or the line removed)' })
  @Property({ type: 'timestamptz', nullable: true })
  returnedAt?: Date | null;
}
