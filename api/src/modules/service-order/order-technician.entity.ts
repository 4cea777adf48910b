import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { CalendarDate } from '../../common/columns';
import { Technician } from '../station/technician.entity';
import { ServiceOrder } from './service-order.entity';

/** A technician assigned to an order for a work day; the day's count is the technician's load. */
@Entity({ tableName: 'service_order_technician' })
@Unique({ properties: ['order', 'technician'] })
@Index({ properties: ['technician', 'workDate'] })
export class OrderTechnician {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => ServiceOrder, { ref: true, deleteRule: 'cascade' })
  order!: Ref<ServiceOrder>;

  @ManyToOne(() => Technician, { ref: true, deleteRule: 'restrict' })
  technician!: Ref<Technician>;

  /** The appointment day, or the dispatch day when there is no appointment (business time zone). */
  @CalendarDate()
  workDate!: string;

  @Property({ default: false })
  lead: boolean = false;
}
