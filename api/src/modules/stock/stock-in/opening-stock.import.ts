import { IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsAmount } from '../../../common/validators';
import { fieldLabel, textOf, typeLabel } from '../../../common/labels/catalogue';
import { defineImport, type RuleError } from '../../import/import-spec';
import { Part } from '../../part/part.entity';
import { Warehouse, WarehouseKind } from '../../station/warehouse.entity';
import { MAX_LINE_QUANTITY } from '../documents/document.inputs';
import { StockBalance } from '../ledger/balance.entity';
import { postOpeningStock, type OpeningStockLine } from './opening-stock';
import '../stock.labels';

const label = (key: string) => fieldLabel(key, 'OpeningStock');

/** A row of an opening-stock file, checked as a stock-in line would be. */
export class OpeningStockRow {
  @IsUUID() warehouseId!: string;
  @IsUUID() partId!: string;
  @Min(1) @Max(MAX_LINE_QUANTITY) quantity!: number;
  @IsAmount() unitCost?: number;
  @MaxLength(500) note?: string;
}

/**
 * 期初库存导入: what each parts warehouse holds when the system starts, for pairs of part and
 * warehouse that have never had stock (a pair with a balance or ledger rows is corrected by a
 * stocktake). Written through the ledger as received OPENING stock ins, one per warehouse.
 */
defineImport<OpeningStockRow>({
  entity: 'openingStock',
  target: StockBalance,
  label: typeLabel('OpeningStock'),
  resource: 'stock',
  inputClass: OpeningStockRow,
  columns: [
    {
      key: 'warehouse',
      label: label('warehouse'),
      type: 'ref',
      required: true,
      ref: { entity: () => Warehouse, label: { zh: '仓库', en: 'warehouse' }, by: ['code', 'name'], extra: ['active', 'kind'] },
      hint: { zh: '配件仓', en: 'a parts warehouse' },
    },
    { key: 'part', label: label('part'), type: 'ref', required: true, ref: { entity: () => Part, label: { zh: '配件', en: 'part' }, by: ['code', 'name'], extra: ['active', 'costPrice'] } },
    { key: 'quantity', label: label('quantity'), type: 'integer', required: true, hint: { zh: '大于 0', en: 'more than 0' } },
    { key: 'unitCost', label: label('unitCost'), type: 'money', hint: { zh: '不填为配件的成本价', en: 'the part’s cost price when empty' } },
    { key: 'note', label: label('note'), type: 'text', hint: { zh: '记在台账上', en: 'kept on the ledger row' } },
  ],
  input: (v) =>
    Object.assign(new OpeningStockRow(), {
      warehouseId: v.warehouse,
      partId: v.part,
      quantity: v.quantity,
      unitCost: v.unitCost,
      note: v.note,
    }),
  check: (_input, row) => {
    const errors: RuleError[] = [];
    const warehouse = row.ref('warehouse')?.extra;
    if (warehouse && !warehouse.active) errors.push({ column: 'warehouse', message: textOf('stock.opening.warehouseInactive') });
    else if (warehouse && warehouse.kind !== WarehouseKind.PARTS) errors.push({ column: 'warehouse', message: textOf('stock.opening.notPartsWarehouse') });
    const part = row.ref('part')?.extra;
    if (part && !part.active) errors.push({ column: 'part', message: textOf('stock.opening.partInactive') });
    return errors;
  },
  // Once per pair in the file, and only where the pair has no balance row (every ledger row has one).
  keys: [{ columns: ['warehouse', 'part'], label: textOf('stock.opening.pair'), table: 'stock_balance', tableColumns: ['warehouse_id', 'part_id'], exists: textOf('stock.opening.hasStock') }],
  record: (input, row) => ({
    warehouseId: input.warehouseId,
    partId: input.partId,
    quantity: input.quantity,
    unitCost: input.unitCost ?? Number(row.ref('part')!.extra.costPrice ?? 0),
    note: input.note?.trim() || null,
  }),
  async write(sc, records, ctx) {
    await postOpeningStock(sc, records as unknown as OpeningStockLine[], {
      said: [{ t: 'stock.opening.imported', p: { file: ctx.fileName, batch: ctx.batchId } }],
      progress: ctx.progress,
    });
  },
});
