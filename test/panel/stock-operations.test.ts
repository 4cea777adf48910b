import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { CREATE, GET_LIST, GET_ONE } from 'ra-core';
import { buildQueryFactory } from '../../admin/src/dataProvider/buildQuery';
import { findResources } from '../../admin/src/dataProvider/introspection';
import { STOCK_DOCUMENTS, stockActions, stockStep } from '../../admin/src/dataProvider/stockOperations';
import { STEP_INPUTS } from '../../admin/src/stock/documents/stepInputs';
import { isAllowed } from '../../admin/src/permissions';
import { operationsAs, runBuilt } from '../helpers/panel-provider';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';

const translate = (key: string, o: Record<string, unknown> = {}) => `${key}${JSON.stringify(o)}`;

/**
 * The stock screens' provider against the real API: each document type is a resource found by the
 * naming convention, its steps are the contract's, the step forms send what the inputs take, and
 * the reports answer in the shapes the pages read.
 */
describe('panel data provider: parts stock', () => {
  let t: TestApp;
  let s: StockScenario;
  let buildQuery: ReturnType<typeof buildQueryFactory>;

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockScenario(t);
    const data = await t.ok<IntrospectionQuery>(getIntrospectionQuery({ descriptions: false }));
    buildQuery = buildQueryFactory(findResources(data.__schema));
  });
  afterAll(() => t.close());

  const create = async (resource: string, data: Record<string, unknown>, caller = s.keeper) => (await runBuilt(t, buildQuery(CREATE, resource, { data }), caller)).data;
  const getOne = async (resource: string, id: string, caller = s.keeper) => (await runBuilt(t, buildQuery(GET_ONE, resource, { id }), caller)).data;

  it('finds every stock document as a resource with list, one and create, and every step in the contract', async () => {
    const data = await t.ok<IntrospectionQuery>(getIntrospectionQuery({ descriptions: false }));
    const found = findResources(data.__schema).apiResources;
    for (const resource of [...Object.keys(STOCK_DOCUMENTS), 'stockBalances', 'stockMovements']) {
      const r = found.find((x) => x.name === resource);
      expect({ resource, list: !!r, one: !!r?.GET_ONE }).toEqual({ resource, list: true, one: true });
      if (resource in STOCK_DOCUMENTS) expect({ resource, create: !!r?.CREATE }).toEqual({ resource, create: true });
    }
    for (const [resource, type] of Object.entries(STOCK_DOCUMENTS)) {
      const actions = stockActions(resource as keyof typeof STOCK_DOCUMENTS);
      expect({ type, actions: actions.length > 1 }).toEqual({ type, actions: true });
      for (const a of actions) expect(stockStep(resource as keyof typeof STOCK_DOCUMENTS, a).mutation).toMatch(/^[a-z]+[A-Z]/);
    }
  });

  it('runs a purchase order through create, place and a partial receipt from the receipt form, and reads the ledger', async () => {
    const ops = operationsAs(t, s.keeper);
    const po = await create('purchaseOrders', { warehouseId: s.wa.id, supplier: '格力配件中心', lines: [{ partId: s.board.id, quantity: 5, unitCost: 200 }], id: 'ignored' });
    expect(po).toMatchObject({ status: 'APPLIED', lines: [expect.objectContaining({ quantity: 5, part: expect.objectContaining({ code: s.board.code }) })] });
    expect(po.timeline).toEqual([expect.objectContaining({ action: 'CREATE' })]);
    await ops.stockDocumentStep('purchaseOrders', 'PLACE', po.id, STEP_INPUTS.NoteInput.input({ note: '' }));
    const page = await getOne('purchaseOrders', po.id);
    // The receipt form starts with what is outstanding; the user takes 2 at 190.
    const form = STEP_INPUTS.PurchaseReceiptInput.defaults!(page, translate);
    expect(form.lines).toEqual([expect.objectContaining({ quantity: 5, unitCost: 200 })]);
    const lines = (form.lines as Array<Record<string, unknown>>).map((l) => ({ ...l, quantity: 2, unitCost: '190' }));
    const { data } = await ops.stockDocumentStep('purchaseOrders', 'RECEIVE', po.id, STEP_INPUTS.PurchaseReceiptInput.input({ lines, note: '' }));
    expect(data).toEqual({ id: po.id, status: 'ORDERING' });
    const ledger = (await runBuilt(t, buildQuery(GET_LIST, 'stockMovements', { filter: { partId: s.board.id, warehouseId: s.wa.id }, pagination: { page: 1, perPage: 10 }, sort: { field: 'at', order: 'DESC' } }), s.keeper)) as {
      data: Array<Record<string, unknown>>;
    };
    expect(ledger.data[0]).toMatchObject({ kind: 'PURCHASE_IN', quantity: 2, balanceAfter: 2, unitCost: 190, documentNumber: po.number, part: { code: s.board.code } });
    const refused = await ops.stockDocumentStep('purchaseOrders', 'CANCEL', po.id, { reason: 'x' }).catch((e) => e);
    expect(refused).toMatchObject({ status: 409, body: { code: 'INVALID_TRANSITION' } });
  });

  it('takes a requisition back through its return form: unused parts and old parts, zero lines left out', async () => {
    await s.stockUp(s.wa.id, [{ partId: s.motor.id, quantity: 3 }, { partId: s.gas.id, quantity: 5 }]);
    const req = await create('requisitions', { warehouseId: s.wa.id, technicianId: s.techA.id, lines: [{ partId: s.motor.id, quantity: 2 }, { partId: s.gas.id, quantity: 1 }] }, s.staffA);
    await operationsAs(t, s.manager).stockDocumentStep('requisitions', 'APPROVE', req.id, {});
    await operationsAs(t, s.keeperA).stockDocumentStep('requisitions', 'ISSUE', req.id, {});
    const page = await getOne('requisitions', req.id, s.staffA);
    const form = STEP_INPUTS.RequisitionReturnInput.defaults!(page, translate);
    expect(form.lines).toHaveLength(2);
    const edited = (form.lines as Array<Record<string, unknown>>).map((l, i) => ({ ...l, unused: i === 0 ? 1 : 0, oldParts: 0 }));
    const input = STEP_INPUTS.RequisitionReturnInput.input({ lines: edited });
    expect(input.lines).toHaveLength(1);
    await operationsAs(t, s.staffA).stockDocumentStep('requisitions', 'RETURN', req.id, input);
    expect((await getOne('requisitions', req.id, s.staffA)).heldQuantity).toBe(2);
  });

  it('answers the keeper’s work, the shortages (turned into purchase orders), late returns, holdings, value and part choices', async () => {
    const ops = operationsAs(t, s.keeper);
    const { data: work } = await ops.stockWork();
    expect(work.purchaseOrdersOrdering.total).toBeGreaterThan(0);
    const { data: short } = await ops.stockShortages({ warehouseId: s.wa.id });
    const gas = short.find((r) => r.partId === s.gas.id)!;
    expect(gas).toMatchObject({ part: { code: s.gas.code }, warehouse: { id: s.wa.id }, suggestedQuantity: expect.any(Number) });
    const { data: made } = await ops.purchaseOrdersFromShortages({ supplier: '冷媒供应商', items: [{ partId: s.gas.id, warehouseId: s.wa.id }] });
    expect(made).toEqual([expect.objectContaining({ number: expect.stringMatching(/^CG-/), warehouseId: s.wa.id })]);
    await expect(ops.lateStockReturns()).resolves.toEqual({ data: [] });
    const { data: holdings } = await ops.technicianHoldings({ stationId: s.a.id });
    expect(holdings).toContainEqual(expect.objectContaining({ technician: expect.objectContaining({ id: s.techA.id }), requisitioned: expect.any(Number) }));
    const { data: value } = await ops.stockValue();
    expect(value.total).toBeGreaterThan(0);
    const { data: choices } = await ops.partChoices({ q: s.gas.code, warehouseId: s.wa.id });
    expect(choices[0]).toMatchObject({ partId: s.gas.id, part: { code: s.gas.code } });
  });

  it('counts a stocktake from the form and from a CSV file', async () => {
    const ops = operationsAs(t, s.keeper);
    const sheet = await create('stocktakes', { warehouseId: s.wa.id, partIds: [s.gas.id, s.motor.id] });
    await ops.recordStocktakeCounts(sheet.id, [{ partId: s.gas.id, countedQuantity: 1 }]);
    const { data } = await ops.importStocktakeCounts(sheet.id, `\ufeff配件编码,实盘数\n${s.motor.code},2\n`.replace(/^\ufeff/, ''));
    expect(data.countedLines).toBe(2);
    await ops.stockDocumentStep('stocktakes', 'CONFIRM', sheet.id, {});
    expect(await getOne('stocktakes', sheet.id)).toMatchObject({ status: 'CONFIRMED' });
  });

  it('shows each stock page only to those who may use it', () => {
    const keeper = ['stock:read', 'stock:write', 'stockDocument:read', 'stockDocument:write'];
    const technician = ['stock:read', 'stockDocument:read', 'stockDocument:write'];
    const dispatcher = ['stock:read', 'stockDocument:read'];
    expect(isAllowed(keeper, 'purchaseOrders', 'create')).toBe(true);
    expect(isAllowed(technician, 'purchaseOrders', 'create')).toBe(false);
    expect(isAllowed(technician, 'requisitions', 'create')).toBe(true);
    expect(isAllowed(dispatcher, 'requisitions', 'create')).toBe(false);
    expect(isAllowed(dispatcher, 'stockMovements', 'list')).toBe(true);
    expect(isAllowed([], 'stockBalances', 'list')).toBe(false);
  });
});
