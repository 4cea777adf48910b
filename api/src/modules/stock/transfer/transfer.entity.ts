import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TimelineEntry } from '../../../common/lifecycle/timeline-entry';
import { ServiceStation } from '../../station/service-station.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { Cost } from '../ledger/cost';
import { StockDocument, StockDocumentLine } from '../documents/stock-document';
import { StockEventAction, TransferStatus } from '../stock.enums';

/** 调拨单: parts moving between warehouses: out of one when shipped, in transit, into the other when received. */
@Entity({ tableName: 'stock_transfer' })
@Index({ properties: ['status', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: '调拨单 Transfer: applied → in transit (out of the source) → received (into the destination)' })
export class StockTransfer extends StockDocument {
  @Field(() => TransferStatus)
  @Enum({ items: () => TransferStatus })
  status: TransferStatus = TransferStatus.APPLIED;

  @ManyToOne(() => Warehouse, { ref: true, deleteRule: 'restrict' })
  @Index()
  toWarehouse!: Ref<Warehouse>;

  @Field(() => ID, { description: '调入仓库 Where the parts go' })
  get toWarehouseId(): string {
    return this.toWarehouse.id;
  }

  @ManyToOne(() => ServiceStation, { ref: true, deleteRule: 'restrict' })
  @Index()
  toStation!: Ref<ServiceStation>;

  @Field(() => ID, { description: 'The destination’s station: its staff see the transfer and receive it' })
  get toStationId(): string {
    return this.toStation.id;
  }

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  shippedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  receivedAt?: Date | null;
}

@Entity({ tableName: 'stock_transfer_line' })
@ObjectType({ simpleResolvers: true, description: '调拨单明细 A line of a transfer' })
export class StockTransferLine extends StockDocumentLine {
  @ManyToOne(() => StockTransfer, { ref: true, deleteRule: 'cascade' })
  @Index()
  document!: Ref<StockTransfer>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => Float, { nullable: true, description: '单位成本 What it left the source at and enters the destination at (hidden from partners)' })
  @Cost({ nullable: true })
  unitCost?: number | null;
}

@Entity({ tableName: 'stock_transfer_event' })
@Index({ properties: ['document', 'at'] })
@ObjectType({ simpleResolvers: true, description: '调拨单记录 Timeline entry of a transfer' })
export class StockTransferEvent extends TimelineEntry {
  @ManyToOne(() => StockTransfer, { ref: true, deleteRule: 'cascade' })
  document!: Ref<StockTransfer>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => StockEventAction)
  @Enum({ items: () => StockEventAction })
  action!: StockEventAction;

  @Field(() => TransferStatus, { nullable: true })
  @Enum({ items: () => TransferStatus, nullable: true })
  fromStatus?: TransferStatus | null;

  @Field(() => TransferStatus)
  @Enum({ items: () => TransferStatus })
  status!: TransferStatus;
}
