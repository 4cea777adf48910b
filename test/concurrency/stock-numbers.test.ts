import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';
import { nextDocumentNumber } from '../../api/src/modules/stock/documents/document-number';
import { StockDocumentType } from '../../api/src/modules/stock/stock.enums';

const N = 20;

/** Stock document numbers come from a counter row per type and year, as service orders' do. */
describe('stock document numbers under concurrent creation', () => {
  let t: TestApp;
  let s: StockScenario;
  beforeAll(async () => {
    // The parallel requests queue for the same rows by design: on a loaded machine the last one
    // waits longer for a connection than the 5 s a request normally gets.
    t = await createTestApp({ REQUEST_TIMEOUT_MS: '30000' });
    s = await stockScenario(t);
  });
  afterAll(() => t.close());

  it(`gives ${N} simultaneous requisitions unique, consecutive numbers; other types count on their own`, async () => {
    const results = await Promise.all(
      Array.from({ length: N }, () => s.create('Requisition', { warehouseId: s.wa.id, technicianId: s.techA.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, s.staffA)),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const seq = results.map((r) => Number(r.data!.r.number.slice(-6))).sort((a, b) => a - b);
    expect(new Set(seq).size).toBe(N);
    expect(seq[N - 1] - seq[0]).toBe(N - 1);
    const other = await s.created('StockIn', { kind: 'PURCHASE_IN', warehouseId: s.wa.id, lines: [{ partId: s.gas.id, quantity: 1 }] });
    expect(other.number).toMatch(/^RK-\d{4}-000001$/);
  });

  it('gives the number back when the creation that drew it rolls back (no gaps)', async () => {
    const em = t.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        expect(await nextDocumentNumber(tx, StockDocumentType.STOCKTAKE, 2099)).toBe('PD-2099-000001');
        throw new Error('the rest of the creation failed');
      }),
    ).rejects.toThrow('the rest of the creation failed');
    expect(await em.transactional((tx) => nextDocumentNumber(tx, StockDocumentType.STOCKTAKE, 2099))).toBe('PD-2099-000001');
    expect(await em.transactional((tx) => nextDocumentNumber(tx, StockDocumentType.STOCKTAKE, 2099))).toBe('PD-2099-000002');
  });
});
