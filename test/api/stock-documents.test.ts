import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';

/** Each stock document through its lifecycle: what each step posts, who may take it, and the refusals. */
describe('stock documents: transitions, postings and refusals', () => {
  let t: TestApp;
  let s: StockScenario;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stockScenario(t);
  });
  afterAll(() => t.close());

  const code = (r: { errors?: Array<{ extensions: { code: string } }> }) => r.errors?.[0]?.extensions.code;

  it('a stock in posts only when received, at its cost, numbered per type and year; cancelled ones cannot be received', async () => {
    const doc = await s.created('StockIn', { kind: 'PURCHASE_IN', warehouseId: s.wa.id, lines: [{ partId: s.board.id, quantity: 5, unitCost: 210 }] });
    expect(doc.number).toMatch(/^RK-\d{4}-\d{6}$/);
    expect(doc).toMatchObject({ status: 'APPLIED', allowedActions: ['RECEIVE', 'CANCEL'] });
    expect(await s.onHand(s.board.id, s.wa.id)).toBe(0);
    const received = await s.stepped('StockIn', 'RECEIVE', doc.id, { note: '到货验收' });
    expect(received).toMatchObject({ status: 'RECEIVED', allowedActions: ['CLOSE'] });
    expect(await s.balance(s.board.id, s.wa.id)).toEqual({ onHand: 5, averageCost: 210 });
    expect(await s.ledger(doc.id)).toMatchObject([{ quantity: 5, kind: 'purchase_in', balance_after: 5, document_number: doc.number, unit_cost: '210.0000' }]);
    expect((received.timeline as Array<{ action: string; summary: string }>).map((e) => e.action)).toEqual(['CREATE', 'RECEIVE']);
    expect((received.timeline as Array<{ summary: string }>)[1].summary).toContain('主控板 +5');

    const next = await s.created('StockIn', { kind: 'PURCHASE_IN', warehouseId: s.wa.id, lines: [{ partId: s.board.id, quantity: 1 }] });
    expect(Number(next.number.slice(-6))).toBe(Number(doc.number.slice(-6)) + 1);
    await s.stepped('StockIn', 'CANCEL', next.id, { reason: '供应商未发货' });
    const again = await s.step('StockIn', 'RECEIVE', next.id);
    expect(code(again)).toBe('INVALID_TRANSITION');
    expect(await s.ledger(next.id)).toEqual([]);
  });

  it('moving average: receipts move it, issues leave at it', async () => {
    await s.stockUp(s.wb.id, [{ partId: s.motor.id, quantity: 4, unitCost: 100 }]);
    await s.stockUp(s.wb.id, [{ partId: s.motor.id, quantity: 6, unitCost: 150 }]);
    expect(await s.balance(s.motor.id, s.wb.id)).toEqual({ onHand: 10, averageCost: 130 });
    const out = await s.created('StockOut', { kind: 'LOSS', warehouseId: s.wb.id, lines: [{ partId: s.motor.id, quantity: 3 }] });
    expect(out.number).toMatch(/^CK-/);
    await s.stepped('StockOut', 'PROCESS', out.id);
    await s.stepped('StockOut', 'ISSUE', out.id);
    expect(await s.balance(s.motor.id, s.wb.id)).toEqual({ onHand: 7, averageCost: 130 });
    expect(await s.ledger(out.id)).toMatchObject([{ quantity: -3, kind: 'loss', unit_cost: '130.0000', balance_after: 7 }]);
    const value = await s.must(t.gql<{ stockValue: { total: number; warehouses: Array<{ warehouseId: string; value: number }> } }>(
      `query($s: ID) { stockValue(stationId: $s) { total warehouses { warehouseId value quantity } } }`,
      { s: s.b.id },
      s.keeper,
    ));
    expect(value.stockValue.warehouses).toEqual([expect.objectContaining({ warehouseId: s.wb.id, value: 910 })]);
  });

  it('refuses an issue of more than is there with INSUFFICIENT_STOCK, bilingual, naming part, warehouse, asked and available; nothing of the document moves', async () => {
    await s.stockUp(s.wa.id, [{ partId: s.gas.id, quantity: 8 }]);
    const before = { board: await s.onHand(s.board.id, s.wa.id), gas: await s.onHand(s.gas.id, s.wa.id) };
    const out = await s.created('StockOut', { kind: 'SALE', warehouseId: s.wa.id, recipient: '张三', lines: [{ partId: s.gas.id, quantity: 2 }, { partId: s.board.id, quantity: before.board + 1 }] });
    await s.stepped('StockOut', 'PROCESS', out.id);
    const refused = await s.step('StockOut', 'ISSUE', out.id, null, { ...s.keeper, lang: 'en' });
    const e = refused.errors![0];
    expect(e.extensions).toMatchObject({ code: 'INSUFFICIENT_STOCK', partId: s.board.id, warehouseId: s.wa.id, asked: before.board + 1, available: before.board });
    expect(e.message).toContain('Insufficient stock');
    expect(e.extensions.message!.zh).toContain('库存不足');
    expect(e.extensions.message!.zh).toContain(s.wa.name);
    expect(await s.onHand(s.gas.id, s.wa.id)).toBe(before.gas);
    expect(await s.onHand(s.board.id, s.wa.id)).toBe(before.board);
    expect(await s.ledger(out.id)).toEqual([]);
    const doc = await s.must(t.gql<{ stockOut: { status: string; timeline: unknown[] } }>(`query($id: ID!) { stockOut(id: $id) { status timeline { action } } }`, { id: out.id }, s.keeper));
    expect(doc.stockOut).toEqual({ status: 'PROCESSING', timeline: [{ action: 'CREATE' }, { action: 'PROCESS' }] });
    expect((await s.reconciliation()).ok).toBe(true);
  });

  it('who may take which step: technicians request, managers approve, keepers issue; station keepers only at their station', async () => {
    // A technician may not post stock in, nor take a keeper's step.
    expect(code(await s.create('StockIn', { kind: 'PURCHASE_IN', warehouseId: s.wa.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, s.staffA))).toBe('FORBIDDEN');
    const req = await s.created('Requisition', { warehouseId: s.wa.id, technicianId: s.techA.id, lines: [{ partId: s.gas.id, quantity: 2 }] }, s.staffA);
    expect(req).toMatchObject({ status: 'APPLIED', allowedActions: ['CANCEL'] });
    expect(code(await s.step('Requisition', 'APPROVE', req.id, null, s.staffA))).toBe('FORBIDDEN');
    expect(code(await s.step('Requisition', 'APPROVE', req.id, null, s.keeper))).toBe('FORBIDDEN');
    // Another station's technician does not even see it.
    expect(code(await s.step('Requisition', 'CANCEL', req.id, { reason: 'x' }, s.staffB))).toBe('NOT_FOUND');
    const approved = await s.stepped('Requisition', 'APPROVE', req.id, null, s.manager);
    expect(approved.status).toBe('PROCESSING');
    expect(code(await s.step('Requisition', 'ISSUE', req.id, null, s.staffA))).toBe('FORBIDDEN');
    const issued = await s.stepped('Requisition', 'ISSUE', req.id, null, s.keeperA);
    expect(issued.status).toBe('ISSUED');
    // A keeper of station A sees nothing of station B's warehouse.
    expect(code(await s.create('StockIn', { kind: 'PURCHASE_IN', warehouseId: s.wb.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, s.keeperA))).toBe('BAD_USER_INPUT');
  });

  it('a requisition issues to the technician, takes back unused parts and old parts (into the old-parts warehouse, at no value), closes once nothing is held', async () => {
    await s.stockUp(s.wa.id, [{ partId: s.motor.id, quantity: 5, unitCost: 150 }]);
    const start = await s.onHand(s.motor.id, s.wa.id);
    const req = await s.created('Requisition', { warehouseId: s.wa.id, technicianId: s.techA2.id, lines: [{ partId: s.motor.id, quantity: 3 }] }, s.staffA);
    expect(req.number).toMatch(/^LY-/);
    await s.stepped('Requisition', 'APPROVE', req.id, null, s.manager);
    await s.stepped('Requisition', 'ISSUE', req.id, null, s.keeperA);
    expect(await s.onHand(s.motor.id, s.wa.id)).toBe(start - 3);
    const fields = `id status heldQuantity oldPartsDue allowedActions lines { id issuedQuantity usedQuantity returnedQuantity oldReturnedQuantity heldQuantity oldPartsDue unitCost }`;
    const doc = (await s.must(t.gql<{ requisition: { lines: Array<{ id: string }> } & Record<string, unknown> }>(`query($id: ID!) { requisition(id: $id) { ${fields} } }`, { id: req.id }, s.staffA))).requisition;
    expect(doc).toMatchObject({ heldQuantity: 3, oldPartsDue: 0, allowedActions: ['RETURN'] });
    // Old parts cannot come back before a part was used.
    expect(code(await s.step('Requisition', 'RETURN', req.id, { lines: [{ lineId: doc.lines[0].id, oldParts: 1 }] }, s.staffA))).toBe('BAD_USER_INPUT');
    const back = await s.stepped('Requisition', 'RETURN', req.id, { lines: [{ lineId: doc.lines[0].id, unused: 1 }] }, s.staffA, fields);
    expect(back).toMatchObject({ status: 'ISSUED', heldQuantity: 2 });
    expect(await s.balance(s.motor.id, s.wa.id)).toMatchObject({ onHand: start - 2 });
    const rest = await s.stepped('Requisition', 'RETURN', req.id, { lines: [{ lineId: doc.lines[0].id, unused: 2 }] }, s.keeperA, fields);
    expect(rest).toMatchObject({ heldQuantity: 0, allowedActions: ['RETURN', 'CLOSE'] });
    const closed = await s.stepped('Requisition', 'CLOSE', req.id, null, s.keeperA);
    expect(closed.status).toBe('CLOSED');
    expect((await s.ledger(req.id)).map((r) => [r.kind, r.quantity])).toEqual([['requisition_out', -3], ['return_in', 1], ['return_in', 2]]);
  });

  it('late returns are flagged and listed per technician and station; the return period is data', async () => {
    const rules = await s.must(t.gql<{ updateStockRules: { requisitionReturnDays: number } }>(`mutation { updateStockRules(input: { requisitionReturnDays: 5 }) { requisitionReturnDays borrowingReturnDays } }`, {}, t.admin));
    expect(rules.updateStockRules.requisitionReturnDays).toBe(5);
    expect(code(await t.gql(`mutation { updateStockRules(input: { requisitionReturnDays: 2 }) { requisitionReturnDays } }`, {}, s.keeper))).toBe('FORBIDDEN');
    await s.stockUp(s.wa.id, [{ partId: s.gas.id, quantity: 1 }]);
    const req = await s.created('Requisition', { warehouseId: s.wa.id, technicianId: s.techA.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, s.staffA);
    await s.stepped('Requisition', 'APPROVE', req.id, null, s.manager);
    await s.stepped('Requisition', 'ISSUE', req.id, null, s.keeper);
    const due = (await t.em().getConnection().execute<{ return_due_at: Date; issued_at: Date }[]>('select return_due_at, issued_at from requisition where id = ?', [req.id]))[0];
    expect(Math.round((new Date(due.return_due_at).getTime() - new Date(due.issued_at).getTime()) / 86400_000)).toBe(5);
    const list = () =>
      s.must(t.gql<{ requisitions: { items: Array<{ id: string; late: boolean }> }; lateStockReturns: Array<{ number: string; technician: { name: string }; station: { name: string }; heldQuantity: number; daysLate: number }> }>(
        `{ requisitions(filter: { late: true }) { items { id late } } lateStockReturns { number daysLate heldQuantity technician { name } station { name } } }`,
        {},
        s.staffA,
      ));
    expect((await list()).requisitions.items.map((r) => r.id)).not.toContain(req.id);
    await t.em().getConnection().execute(`update requisition set return_due_at = now() - interval '2 days' where id = ?`, [req.id]);
    const late = await list();
    expect(late.requisitions.items).toContainEqual({ id: req.id, late: true });
    expect(late.lateStockReturns).toContainEqual({ number: req.number, daysLate: 2, heldQuantity: 1, technician: { name: s.techA.name }, station: { name: s.a.name } });
    const holdings = await s.must(t.gql<{ technicianHoldings: Array<{ technician: { name: string }; part: { name: string }; requisitioned: number; late: boolean }> }>(
      `query($t: ID) { technicianHoldings(technicianId: $t) { technician { name } part { name } requisitioned borrowed oldPartsDue late documentNumbers } }`,
      { t: s.techA.id },
      s.keeper,
    ));
    // The earlier requisition of 2 is held too (issued, never returned).
    expect(holdings.technicianHoldings).toContainEqual(
      expect.objectContaining({ technician: { name: s.techA.name }, part: { name: s.gas.name }, requisitioned: 3, late: true, documentNumbers: expect.arrayContaining([req.number]) }),
    );
  });

  it('borrowing: lent, returned in parts, returned once everything is back', async () => {
    await s.stockUp(s.wa.id, [{ partId: s.board.id, quantity: 3, unitCost: 200 }]);
    const start = await s.onHand(s.board.id, s.wa.id);
    const doc = await s.created('Borrowing', { warehouseId: s.wa.id, technicianId: s.techA.id, purpose: '检测用', lines: [{ partId: s.board.id, quantity: 2 }] }, s.staffA);
    expect(doc.number).toMatch(/^JY-/);
    await s.stepped('Borrowing', 'LEND', doc.id, null, s.keeperA);
    expect(await s.onHand(s.board.id, s.wa.id)).toBe(start - 2);
    const fields = 'id status heldQuantity lines { id returnedQuantity }';
    const one = await s.stepped('Borrowing', 'RETURN', doc.id, { lines: [{ lineId: ((await s.must(t.gql<{ borrowing: { lines: Array<{ id: string }> } }>(`query($id: ID!) { borrowing(id: $id) { lines { id } } }`, { id: doc.id }, s.keeper))).borrowing.lines[0].id), quantity: 1 }] }, s.staffA, fields);
    expect(one).toMatchObject({ status: 'LENT', heldQuantity: 1 });
    const all = await s.stepped('Borrowing', 'RETURN', doc.id, {}, s.keeperA, fields);
    expect(all).toMatchObject({ status: 'RETURNED', heldQuantity: 0 });
    expect(await s.onHand(s.board.id, s.wa.id)).toBe(start);
    expect((await s.ledger(doc.id)).map((r) => r.kind)).toEqual(['borrow_out', 'borrow_back', 'borrow_back']);
  });

  it('a transfer leaves the source when shipped, is in transit, comes into the destination at the same cost; only the destination receives it', async () => {
    await s.stockUp(s.hub.id, [{ partId: s.gas.id, quantity: 50, unitCost: 40 }]);
    const hubBefore = await s.onHand(s.gas.id, s.hub.id);
    const waBefore = await s.onHand(s.gas.id, s.wa.id);
    const tr = await s.created('StockTransfer', { warehouseId: s.hub.id, toWarehouseId: s.wa.id, lines: [{ partId: s.gas.id, quantity: 10 }] });
    expect(tr.number).toMatch(/^DB-/);
    // Station A's keeper sees it (it comes to them) but the source ships it.
    expect(code(await s.step('StockTransfer', 'SHIP', tr.id, null, s.keeperA))).toBe('FORBIDDEN');
    await s.stepped('StockTransfer', 'SHIP', tr.id);
    expect(await s.onHand(s.gas.id, s.hub.id)).toBe(hubBefore - 10);
    expect(await s.onHand(s.gas.id, s.wa.id)).toBe(waBefore);
    const seen = await s.must(t.gql<{ stockTransfer: { status: string; station: null; toStation: { name: string }; allowedActions: string[] } }>(
      `query($id: ID!) { stockTransfer(id: $id) { status station { name } toStation { name } allowedActions } }`,
      { id: tr.id },
      s.keeperA,
    ));
    expect(seen.stockTransfer).toEqual({ status: 'IN_TRANSIT', station: null, toStation: { name: s.a.name }, allowedActions: ['RECEIVE'] });
    expect(code(await s.step('StockTransfer', 'RECEIVE', tr.id, null, s.staffB))).toBe('NOT_FOUND');
    await s.stepped('StockTransfer', 'RECEIVE', tr.id, null, s.keeperA);
    expect(await s.onHand(s.gas.id, s.wa.id)).toBe(waBefore + 10);
    const rows = await s.ledger(tr.id);
    expect(rows.map((r) => [r.kind, r.quantity])).toEqual([['transfer_out', -10], ['transfer_in', 10]]);
    expect(rows[0].unit_cost).toBe(rows[1].unit_cost);
  });

  it('a purchase order is placed, received in parts at the received cost, and refuses cancelling once something came', async () => {
    const po = await s.created('PurchaseOrder', { warehouseId: s.wb.id, supplier: '格力配件中心', expectedOn: '2026-12-20', lines: [{ partId: s.board.id, quantity: 6, unitCost: 190 }] });
    expect(po.number).toMatch(/^CG-/);
    expect(code(await s.step('PurchaseOrder', 'RECEIVE', po.id, {}))).toBe('INVALID_TRANSITION');
    await s.stepped('PurchaseOrder', 'PLACE', po.id, null, s.manager);
    const fields = 'id status outstandingQuantity allowedActions lines { id receivedQuantity outstandingQuantity }';
    const lines = (await s.must(t.gql<{ purchaseOrder: { lines: Array<{ id: string }> } }>(`query($id: ID!) { purchaseOrder(id: $id) { lines { id } } }`, { id: po.id }, s.keeper))).purchaseOrder.lines;
    const part = await s.stepped('PurchaseOrder', 'RECEIVE', po.id, { lines: [{ lineId: lines[0].id, quantity: 2, unitCost: 180 }] }, s.keeper, fields);
    expect(part).toMatchObject({ status: 'ORDERING', outstandingQuantity: 4, allowedActions: ['RECEIVE', 'FINISH'] });
    expect((await s.ledger(po.id))[0]).toMatchObject({ kind: 'purchase_in', quantity: 2, unit_cost: '180.0000' });
    expect(code(await s.step('PurchaseOrder', 'CANCEL', po.id, { reason: 'x' }))).toBe('INVALID_TRANSITION');
    const over = await s.step('PurchaseOrder', 'RECEIVE', po.id, { lines: [{ lineId: lines[0].id, quantity: 5 }] });
    expect(code(over)).toBe('BAD_USER_INPUT');
    const done = await s.stepped('PurchaseOrder', 'RECEIVE', po.id, {}, s.keeper, fields);
    expect(done).toMatchObject({ status: 'RECEIVED', outstandingQuantity: 0 });
    expect((await s.ledger(po.id)).map((r) => r.unit_cost)).toEqual(['180.0000', '190.0000']);
  });

  it('a stocktake posts counted − book at count time: movements during the count are neither lost nor counted twice; confirmed sheets are read-only', async () => {
    await s.stockUp(s.wb.id, [{ partId: s.gas.id, quantity: 20, unitCost: 45 }]);
    const book = await s.onHand(s.gas.id, s.wb.id);
    const sheet = await s.created('Stocktake', { warehouseId: s.wb.id, partIds: [s.gas.id, s.board.id] }, s.keeper, 'id number status lines { partId quantity countedQuantity expectedQuantity difference }');
    expect(sheet.number).toMatch(/^PD-/);
    expect(sheet.lines).toContainEqual({ partId: s.gas.id, quantity: book, countedQuantity: null, expectedQuantity: null, difference: null });
    // 2 go out before the count; the count finds 1 fewer than the book then says (a loss of 1).
    const out = await s.created('StockOut', { kind: 'SALE', warehouseId: s.wb.id, lines: [{ partId: s.gas.id, quantity: 2 }] });
    await s.stepped('StockOut', 'PROCESS', out.id);
    await s.stepped('StockOut', 'ISSUE', out.id);
    const counted = await s.must(t.gql<{ recordStocktakeCounts: { lines: Array<{ partId: string; expectedQuantity: number; difference: number }> } }>(
      `mutation($id: ID!, $input: StocktakeCountsInput!) { recordStocktakeCounts(id: $id, input: $input) { lines { partId expectedQuantity difference } } }`,
      { id: sheet.id, input: { counts: [{ partId: s.gas.id, countedQuantity: book - 3 }] } },
      s.keeper,
    ));
    expect(counted.recordStocktakeCounts.lines).toContainEqual({ partId: s.gas.id, expectedQuantity: book - 2, difference: -1 });
    // 5 come in after the count and before confirmation: they stay.
    await s.stockUp(s.wb.id, [{ partId: s.gas.id, quantity: 5, unitCost: 45 }]);
    const confirmed = await s.stepped('Stocktake', 'CONFIRM', sheet.id);
    expect(confirmed.status).toBe('CONFIRMED');
    expect(await s.onHand(s.gas.id, s.wb.id)).toBe(book - 3 + 5);
    expect((await s.ledger(sheet.id)).map((r) => [r.kind, r.quantity])).toEqual([['stocktake_loss', -1]]);
    expect((confirmed.timeline as Array<{ summary: string }>).at(-1)!.summary).toContain('1 行未盘');
    const late = await t.gql(`mutation($id: ID!) { recordStocktakeCounts(id: $id, input: { counts: [{ partId: "${s.gas.id}", countedQuantity: 1 }] }) { id } }`, { id: sheet.id }, s.keeper);
    expect(code(late)).toBe('BAD_USER_INPUT');
  });

  it('stocktake counts from a CSV: one bad line refuses the whole file, naming it', async () => {
    const sheet = await s.created('Stocktake', { warehouseId: s.wa.id }, s.keeperA, 'id lines { partId }');
    expect((sheet.lines as unknown[]).length).toBeGreaterThanOrEqual(3);
    const bad = await t.gql(`mutation($id: ID!, $csv: String!) { importStocktakeCounts(id: $id, input: { csv: $csv }) { id } }`, { id: sheet.id, csv: `配件编码,实盘数\n${s.gas.code},7\nNOPE-1,2\n${s.board.code},x` }, s.keeperA);
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('第 3 行');
    expect(JSON.stringify(bad.errors)).toContain('第 4 行');
    const good = await s.must(t.gql<{ importStocktakeCounts: { countedLines: number; lines: Array<{ partId: string; countedQuantity: number | null }> } }>(
      `mutation($id: ID!, $csv: String!) { importStocktakeCounts(id: $id, input: { csv: $csv }) { countedLines lines { partId countedQuantity } } }`,
      { id: sheet.id, csv: `code,counted\r\n${s.gas.code},7\r\n${s.board.code}\t2\r\n` },
      s.keeperA,
    ));
    expect(good.importStocktakeCounts.countedLines).toBe(2);
    expect(good.importStocktakeCounts.lines).toContainEqual({ partId: s.gas.id, countedQuantity: 7 });
  });

  it('lists shortages under the reorder point with what to order, and turns a selection into a purchase order', async () => {
    const wa = await s.onHand(s.board.id, s.wa.id);
    await s.stockUp(s.wa.id, [{ partId: s.motor.id, quantity: 10 }]);
    const list = await s.must(t.gql<{ stockShortages: Array<{ partId: string; warehouseId: string; onHand: number; reorderPoint: number; inbound: number; suggestedQuantity: number; part: { name: string } }> }>(
      `query($w: ID) { stockShortages(warehouseId: $w) { partId warehouseId onHand reorderPoint inbound suggestedQuantity part { name } } }`,
      { w: s.wa.id },
      s.keeperA,
    ));
    const board = list.stockShortages.find((r) => r.partId === s.board.id);
    if (wa < 4) expect(board).toMatchObject({ onHand: wa, reorderPoint: 4, suggestedQuantity: 8 - wa, part: { name: '主控板' } });
    expect(list.stockShortages.find((r) => r.partId === s.motor.id)).toBeUndefined();
    // The old-parts warehouse never shows.
    expect(list.stockShortages.every((r) => r.warehouseId === s.wa.id)).toBe(true);
    const gasShort = await s.must(t.gql<{ stockShortages: Array<{ partId: string; suggestedQuantity: number }> }>(`query($w: ID) { stockShortages(warehouseId: $w) { partId suggestedQuantity } }`, { w: s.wb.id }, s.keeper));
    const items = gasShort.stockShortages.map((r) => ({ partId: r.partId, warehouseId: s.wb.id }));
    if (items.length) {
      const made = await s.must(t.gql<{ purchaseOrdersFromShortages: Array<{ number: string; warehouseId: string; lines: Array<{ partId: string; quantity: number }> }> }>(
        `mutation($input: ShortagePurchaseInput!) { purchaseOrdersFromShortages(input: $input) { number warehouseId lines { partId quantity } } }`,
        { input: { items, supplier: '格力配件中心' } },
        s.keeper,
      ));
      expect(made.purchaseOrdersFromShortages).toHaveLength(1);
      expect(made.purchaseOrdersFromShortages[0].lines).toEqual(gasShort.stockShortages.map((r) => ({ partId: r.partId, quantity: r.suggestedQuantity })));
      const after = await s.must(t.gql<{ stockShortages: Array<{ partId: string; inbound: number; suggestedQuantity: number }> }>(`query($w: ID) { stockShortages(warehouseId: $w) { partId inbound suggestedQuantity } }`, { w: s.wb.id }, s.keeper));
      expect(after.stockShortages.every((r) => r.suggestedQuantity === 0 && r.inbound > 0)).toBe(true);
    }
  });

  it('pickers offer the product’s compatible parts first, with what the warehouse holds', async () => {
    const em = t.em();
    await em.getConnection().execute(`update part set compatible_product_ids = array[?] where id = ?`, [s.product.id, s.motor.id]);
    const res = await s.must(t.gql<{ partChoices: Array<{ partId: string; compatible: boolean; onHand: number }> }>(
      `query($p: ID, $w: ID) { partChoices(productId: $p, warehouseId: $w) { partId compatible onHand part { name } } }`,
      { p: s.product.id, w: s.wa.id },
      s.staffA,
    ));
    expect(res.partChoices[0]).toMatchObject({ partId: s.motor.id, compatible: true, onHand: await s.onHand(s.motor.id, s.wa.id) });
    expect(res.partChoices.slice(1).every((c) => !c.compatible)).toBe(true);
  });

  it('the ledger is append-only (the database refuses updates and deletes), and the reconciliation catches a tampered balance', async () => {
    const conn = t.em().getConnection();
    await expect(conn.execute('update stock_movement set quantity = quantity + 1')).rejects.toThrow(/never updated or deleted/);
    await expect(conn.execute('delete from stock_movement')).rejects.toThrow(/never updated or deleted/);
    expect((await s.reconciliation()).ok).toBe(true);
    await conn.execute('update stock_balance set on_hand = on_hand + 1 where part_id = ? and warehouse_id = ?', [s.gas.id, s.wa.id]);
    const broken = await s.reconciliation();
    expect(broken.ok).toBe(false);
    expect(broken.mismatches).toEqual([expect.objectContaining({ partId: s.gas.id, warehouseId: s.wa.id })]);
    await conn.execute('update stock_balance set on_hand = on_hand - 1 where part_id = ? and warehouse_id = ?', [s.gas.id, s.wa.id]);
    expect(code(await t.gql('{ stockReconciliation { ok } }', {}, s.keeper))).toBe('FORBIDDEN');
  });
});
