import { Field, ID, Int, ObjectType } from 'type-graphql';
import { scopeSql } from '../../../common/access/scoped';
import type { ServiceContext } from '../../../common/service-context';
import { Borrowing } from '../borrowing/borrowing.entity';
import { Requisition } from '../requisition/requisition.entity';
import { BorrowingStatus, RequisitionStatus, StockDocumentType } from '../stock.enums';

@ObjectType({ description: '维修员持有 What a technician holds of a part: requisitioned and not used or back, borrowed, old parts due' })
export class TechnicianHolding {
  @Field(() => ID) technicianId!: string;
  @Field(() => ID) stationId!: string;
  @Field(() => ID) partId!: string;
  @Field(() => Int, { description: '领用未还 Requisitioned, not used on an order nor returned' }) requisitioned!: number;
  @Field(() => Int, { description: '借用未还 Borrowed, not returned' }) borrowed!: number;
  @Field(() => Int, { description: '应交旧件 Old parts of parts used on orders, not yet returned' }) oldPartsDue!: number;
  @Field({ description: 'When the oldest of these was issued' }) since!: Date;
  @Field(() => Date, { nullable: true, description: 'The earliest return date among them' }) dueAt!: Date | null;
  @Field({ description: '逾期 Some of it is past its return date' }) late!: boolean;
  @Field(() => [String], { description: 'The requisitions and borrowings' }) documentNumbers!: string[];
}

@ObjectType({ description: '逾期未还 A requisition or borrowing past its return date with parts still out or old parts due' })
export class LateReturn {
  @Field(() => StockDocumentType) documentType!: StockDocumentType;
  @Field(() => ID) documentId!: string;
  @Field() number!: string;
  @Field(() => ID) technicianId!: string;
  @Field(() => ID) stationId!: string;
  @Field() returnDueAt!: Date;
  @Field(() => Int, { description: 'Parts still held' }) heldQuantity!: number;
  @Field(() => Int, { description: 'Old parts due' }) oldPartsDue!: number;
  @Field(() => Int, { description: 'Whole days past the return date' }) daysLate!: number;
}

interface Filter {
  stationId?: string;
  technicianId?: string;
}

function scopes(sc: ServiceContext) {
  const r = scopeSql(sc, Requisition, 'r');
  const b = scopeSql(sc, Borrowing, 'b');
  return { r, b };
}

/** 维修员持有: per technician and part, over issued requisitions and lent borrowings the caller may see. */
export async function technicianHoldings(sc: ServiceContext, f: Filter = {}): Promise<TechnicianHolding[]> {
  const { r, b } = scopes(sc);
  const now = sc.now();
  const rows = await sc.em.getConnection().execute<
    Array<{ technician_id: string; station_id: string; part_id: string; requisitioned: string; borrowed: string; old_due: string; since: Date; due: Date | null; late: boolean; numbers: string[] }>
  >(
    `select technician_id, station_id, part_id, sum(held) as requisitioned, sum(lent) as borrowed, sum(old_due) as old_due,
            min(issued_at) as since, min(due) as due, bool_or(due < ?) as late, array_agg(distinct number order by number) as numbers
       from (
         select r.technician_id, r.station_id, l.part_id, l.issued_quantity - l.used_quantity - l.returned_quantity as held, 0 as lent,
                greatest(0, l.used_quantity - l.old_returned_quantity) as old_due, r.issued_at, r.return_due_at as due, r.number
           from requisition_line l join requisition r on r.id = l.document_id
          where r.status = ? ${r ? `and ${r.sql}` : ''}
         union all
         select b.technician_id, b.station_id, l.part_id, 0, l.quantity - l.returned_quantity, 0, b.lent_at, b.return_due_at, b.number
           from borrowing_line l join borrowing b on b.id = l.document_id
          where b.status = ? ${b ? `and ${b.sql}` : ''}
       ) x
      where held + lent + old_due > 0 and (?::uuid is null or station_id = ?::uuid) and (?::uuid is null or technician_id = ?::uuid)
      group by technician_id, station_id, part_id
      order by station_id, technician_id, part_id
      limit 5000`,
    [
      now,
      RequisitionStatus.ISSUED,
      ...(r?.bindings ?? []),
      BorrowingStatus.LENT,
      ...(b?.bindings ?? []),
      f.stationId ?? null,
      f.stationId ?? null,
      f.technicianId ?? null,
      f.technicianId ?? null,
    ],
  );
  return rows.map((x) => ({
    technicianId: x.technician_id,
    stationId: x.station_id,
    partId: x.part_id,
    requisitioned: Number(x.requisitioned),
    borrowed: Number(x.borrowed),
    oldPartsDue: Number(x.old_due),
    since: new Date(x.since),
    dueAt: x.due ? new Date(x.due) : null,
    late: !!x.late,
    documentNumbers: x.numbers,
  }));
}

/** 逾期未还: per document, oldest due first, listed per station and technician by the panel. */
export async function lateReturns(sc: ServiceContext, f: Filter = {}): Promise<LateReturn[]> {
  const { r, b } = scopes(sc);
  const now = sc.now();
  const rows = await sc.em.getConnection().execute<
    Array<{ type: StockDocumentType; id: string; number: string; technician_id: string; station_id: string; due: Date; held: number; old_due: number }>
  >(
    `select * from (
       select ?::text as type, r.id, r.number, r.technician_id, r.station_id, r.return_due_at as due, r.held_quantity as held, r.old_parts_due as old_due
         from requisition r
        where r.status = ? and r.return_due_at < ? and r.held_quantity + r.old_parts_due > 0 ${r ? `and ${r.sql}` : ''}
       union all
       select ?::text, b.id, b.number, b.technician_id, b.station_id, b.return_due_at, b.held_quantity, 0
         from borrowing b
        where b.status = ? and b.return_due_at < ? and b.held_quantity > 0 ${b ? `and ${b.sql}` : ''}
     ) x
     where (?::uuid is null or station_id = ?::uuid) and (?::uuid is null or technician_id = ?::uuid)
     order by station_id, technician_id, due
     limit 5000`,
    [
      StockDocumentType.REQUISITION,
      RequisitionStatus.ISSUED,
      now,
      ...(r?.bindings ?? []),
      StockDocumentType.BORROWING,
      BorrowingStatus.LENT,
      now,
      ...(b?.bindings ?? []),
      f.stationId ?? null,
      f.stationId ?? null,
      f.technicianId ?? null,
      f.technicianId ?? null,
    ],
  );
  return rows.map((x) => ({
    documentType: x.type,
    documentId: x.id,
    number: x.number,
    technicianId: x.technician_id,
    stationId: x.station_id,
    returnDueAt: new Date(x.due),
    heldQuantity: x.held,
    oldPartsDue: x.old_due,
    daysLate: Math.floor((now.getTime() - new Date(x.due).getTime()) / 86_400_000),
  }));
}
