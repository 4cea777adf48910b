import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';

describe('stock documents: transitions, postings and refusals', () => {
  let t: TestApp;
  let s: StockScenario;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stockScenario(t);
  });
  afterAll(() => t.close());

  it('a stock in posts only when received, at its cost, and numbers per type and year', async () => {
    const doc = await s.created('StockIn', { kind: 'PURCHASE_IN', warehouseId: s.wa.id, lines: [{ partId: s.board.id, quantity: 5, unitCost: 210 }] });
    expect(doc.number).toMatch(/^RK-\d{4}-\d{6}$/);
    expect(doc.status).toBe('APPLIED');
    expect(doc.allowedActions).toEqual(['RECEIVE', 'CANCEL']);
    expect(await s.onHand(s.board.id, s.wa.id)).toBe(0);
    const received = await s.stepped('StockIn', 'RECEIVE', doc.id);
    expect(received.status).toBe('RECEIVED');
    expect(await s.balance(s.board.id, s.wa.id)).toEqual({ onHand: 5, averageCost: 210 });
    const rows = await s.ledger(doc.id);
    expect(rows).toMatchObject([{ quantity: 5, kind: 'purchase_in', balance_after: 5, document_number: doc.number }]);
    expect((await s.reconciliation()).ok).toBe(true);
  });
});
