import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import { Role } from '../../api/src/modules/auth/role';
import { BROWSER_TEST_TIMEOUT, inPage, openPanel, signIn } from '../helpers/panel-browser';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { reportWorld, writeComplaint } from '../helpers/report-world';
import { Fixtures } from '../helpers/fixtures';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const PASSWORD = 'panel-password-2026';

/** A manager opens the monthly repair report from the menu, moves it to October 2026 and downloads it as XLSX. */
describe('reports in the panel', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let w: Awaited<ReturnType<typeof reportWorld>>;

  beforeAll(async () => {
    t = await createTestApp({ SERVE_ADMIN: 'true' });
    w = await reportWorld(t);
    await t.userWith([Role.MANAGER], { username: 'panel_manager', password: PASSWORD });
    // A technician's login, linked to 甲师傅 by an administrator.
    const tech = await t.userWith([Role.TECHNICIAN], { username: 'panel_tech', password: PASSWORD, stationId: w.s1.id });
    await t.ok(`mutation($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id } }`, { id: tech.user.id, i: { technicianId: w.tA.id } }, t.admin);
    // Complaints on both sides of October's last minute (Asia/Shanghai).
    const f = new Fixtures(t.em());
    for (const received of ['2026-10-31 23:59', '2026-11-01 00:00', '2026-11-02 09:00']) await writeComplaint(t.em(), f, { received });
    ({ baseUrl, browser } = await openPanel(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens the monthly report, changes the month and exports it', () =>
    inPage(browser, 'reports-monthly', async (page) => {
      await signIn(page, baseUrl, 'panel_manager', PASSWORD);
      // The manager's month on the dashboard links to the report behind each tile.
      await page.getByTestId('manager-month').waitFor();
      await page.getByRole('menuitem', { name: '修理月报表' }).click();
      const totals = page.getByRole('table', { name: 'monthly-totals' });
      await totals.waitFor();

      await page.locator('input[name="from"]').fill('2026-10');
      await page.getByTestId('report-period').getByText('2026-10', { exact: true }).waitFor();
      const october = totals.locator('[data-row="2026-10"]');
      await october.waitFor();
      // Received 6 (23:59 on Oct 31 included), completed 4, cancelled 1.
      const cells = (await october.locator('td').allTextContents()).slice(0, 4);
      expect(cells).toEqual(['2026-10', '6', '4', '1']);
      expect(page.url()).toContain('month=2026-10');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出', exact: true }).click();
      await page.getByRole('menuitem', { name: /XLSX/ }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^修理月报表-2026-10_2026-10-\d{8}-\d{4}\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(fs.readFileSync((await download.path())!) as never);
      const rows: unknown[][] = [];
      book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows[0].slice(0, 4)).toEqual(['月份', '接件', '完工', '取消']);
      expect(rows[1].slice(0, 4)).toEqual(['2026-10', 6, 4, 1]);
    }));

  it('the complaint summary opens on the month in its address and keeps the month it shows there', () =>
    inPage(browser, 'complaint-summary', async (page) => {
      const total = async (month: string) =>
        (await t.ok<{ complaintSummary: { total: number } }>(`query($m: String!) { complaintSummary(month: $m) { total } }`, { m: month }, t.admin)).complaintSummary.total;
      const [october, november] = [await total('2026-10'), await total('2026-11')];
      // Different counts, so the page is seen to follow the month.
      expect(november).not.toBe(october);
      await signIn(page, baseUrl, 'panel_manager', PASSWORD);
      await page.goto(`${baseUrl}#/complaintSummary?month=2026-10`);
      const month = page.locator('input[type="month"]');
      await page.locator('[data-total]', { hasText: String(october) }).waitFor();
      expect(await month.inputValue()).toBe('2026-10');
      await month.fill('2026-11');
      await page.locator('[data-total]', { hasText: String(november) }).waitFor();
      expect(page.url()).toContain('month=2026-11');
    }));

  it('a technician opens 我的提成 and sees how their October was made, line by line', () =>
    inPage(browser, 'reports-my-commission', async (page) => {
      await signIn(page, baseUrl, 'panel_tech', PASSWORD);
      // Of the reports only their own commission is offered (the API refuses the rest).
      await page.getByRole('menuitem', { name: '我的提成' }).click();
      expect(await page.getByRole('menuitem', { name: '提成工资' }).count()).toBe(0);
      expect(await page.getByRole('menuitem', { name: '修理月报表' }).count()).toBe(0);
      await page.locator('input[name="month"]').fill('2026-10');
      const lines = page.getByRole('table', { name: 'commission-lines' });
      await lines.waitFor();
      // o7 alone (5000 × 0.5) and o1 split with 乙师傅 (75.01 × 0.5 = 37.51); 5537.51 capped at 3200.
      expect((await lines.locator(`[data-row="${w.o7.id}"] td`).allTextContents()).at(-1)).toContain('2,500.00');
      expect((await lines.locator(`[data-row="${w.o1.id}"] td`).allTextContents()).at(-1)).toContain('37.51');
      const own = page.getByRole('table', { name: 'commission', exact: true });
      expect(await own.locator('tbody tr').count()).toBe(1);
      expect((await own.locator(`[data-row="${w.tA.id}"] td`).allTextContents()).at(-1)).toContain('3,200.00');
      expect(await page.getByRole('button', { name: '添加奖惩' }).count()).toBe(0);
    }));

  it('the fault Pareto offers a quality feedback for a symptom bar, filled in', () =>
    inPage(browser, 'reports-pareto-feedback', async (page) => {
      await signIn(page, baseUrl, 'panel_manager', PASSWORD);
      await page.getByRole('menuitem', { name: '故障帕累托' }).click();
      await page.locator('input[name="from"]').fill('2026-10');
      await page.locator('input[name="to"]').fill('2026-10');
      await page.locator(`[data-feedback="${w.symptomX.id}"]`).click();
      await page.waitForURL(/#\/qualityFeedbacks\/create/);
      await page.locator('input[name="title"]').waitFor();
      expect(await page.locator('input[name="title"]').inputValue()).toBe('不制冷 2026-10');
      expect(await page.locator('input[name="fromFault.from"]').inputValue()).toBe('2026-10-01');
      expect(await page.locator('input[name="fromFault.to"]').inputValue()).toBe('2026-10-31');
    }));
});
