import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import { Role } from '../../api/src/modules/auth/role';
import { BROWSER_TEST_TIMEOUT, inPage, openPanel, signIn } from '../helpers/panel-browser';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { reportWorld } from '../helpers/report-world';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const PASSWORD = 'panel-password-2026';

/** A manager opens the monthly repair report from the menu, moves it to October 2026 and downloads it as XLSX. */
describe('reports in the panel', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ SERVE_ADMIN: 'true' });
    await reportWorld(t);
    await t.userWith([Role.MANAGER], { username: 'panel_manager', password: PASSWORD });
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
});
