import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { Role } from '../../api/src/modules/auth/role';
import { SavedQuery } from '../../api/src/modules/query/saved-query.entity';
import { BROWSER_TEST_TIMEOUT, inPage as inBrowserPage, openPanel, signIn as signInAs } from '../helpers/panel-browser';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { queryWorld } from '../helpers/query-world';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const PASSWORD = 'panel-password-2026';

/**
 * The analyst's way through the panel: a query built with the visual builder (a rule, a group,
 * a figure), run, shown as a table and a chart, saved, opened again from the saved list, and
 * downloaded as XLSX from the server; a file of customers dry-run and imported; a list exported.
 */
describe('ad-hoc queries in the panel', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    // The job worker runs, and lists over 5 rows export as background jobs (the 10 orders; the 2 units stream).
    t = await createTestApp({ SERVE_ADMIN: 'true', EXPORT_JOB_ROWS: '5' }, { jobs: true });
    await queryWorld(t.em());
    await t.userWith([Role.ANALYST], { username: 'panel_analyst', password: PASSWORD });
    await t.userWith([Role.ADMIN], { username: 'panel_admin', password: PASSWORD });
    ({ baseUrl, browser } = await openPanel(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const inPage = (name: string, steps: (page: Page) => Promise<void>) => inBrowserPage(browser, name, steps);

  /** Picks an option of an MUI select (react-querybuilder's selectors are MUI selects). */
  async function pick(page: Page, select: ReturnType<Page['locator']>, option: string | RegExp) {
    await select.click();
    await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  }

  async function readXlsx(path: string): Promise<unknown[][]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(path) as never);
    const rows: unknown[][] = [];
    book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  it('builds a query visually, runs it as a table and a chart, saves it, runs it again and downloads the XLSX', () =>
    inPage('analytics-query', async (page) => {
      await signInAs(page, baseUrl, 'panel_analyst', PASSWORD);
      await page.getByRole('menuitem', { name: '即席查询' }).click();
      await page.getByTestId('query-builder').waitFor();

      // 状态 属于 维修中、待件: a rule from the builder's own controls.
      await page.getByRole('button', { name: '+ 添加条件', exact: true }).click();
      const rule = page.locator('.rule').first();
      await pick(page, rule.locator('.rule-fields [role="combobox"]'), '状态');
      await pick(page, rule.locator('.rule-operators [role="combobox"]'), '属于');
      await rule.locator('.rule-value [role="combobox"]').click();
      await page.getByRole('option', { name: '维修中' }).click();
      await page.getByRole('option', { name: '待件' }).click();
      await page.keyboard.press('Escape');

      // Grouped by station, counted.
      const groupBy = page.getByTestId('query-group-by').getByRole('combobox');
      await groupBy.click();
      await groupBy.fill('维修站 · 名称');
      await page.getByRole('option', { name: '维修站 · 名称', exact: true }).click();
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: '查询', exact: true }).click();
      const table = page.getByTestId('query-result');
      await table.getByRole('cell', { name: '北站' }).waitFor();
      await expect(page.getByTestId('query-description').textContent()).resolves.toBe('服务单：状态为维修中、待件之一，按维修站 · 名称统计数量');
      const rows = await table.locator('tbody tr').allTextContents();
      expect(rows).toEqual(['北站2', '总站2']);
      await page.getByTestId('query-chart').locator('canvas').waitFor();

      // Saved under a name: the definition is on the server, and in the list.
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.locator('input[name="queryName"]').fill('维修中按网点');
      await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
      await page.getByRole('list', { name: '已保存的查询' }).getByText('维修中按网点').waitFor();
      const saved = await t.em().findOneOrFail(SavedQuery, { name: '维修中按网点' });
      expect(saved.definition).toEqual({
        root: 'serviceOrders',
        filter: { combinator: 'and', rules: [{ field: 'status', operator: 'in', value: ['IN_REPAIR', 'AWAITING_PARTS'] }] },
        groupBy: [{ field: 'station.name' }],
      });

      // A fresh query, then the saved one opened again from the list and run.
      await page.getByRole('button', { name: '新查询' }).click();
      await page.getByRole('list', { name: '已保存的查询' }).getByText('维修中按网点').click();
      await page.waitForURL(new RegExp(`#/queries/${saved.id}$`));
      await page.getByRole('button', { name: '查询', exact: true }).click();
      await table.getByRole('cell', { name: '总站' }).waitFor();

      // Its XLSX, written by the server.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出', exact: true }).click();
      await page.getByRole('menuitem', { name: /XLSX/ }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^维修中按网点-\d{8}-\d{4}\.xlsx$/);
      const file = await download.path();
      expect(await readXlsx(file!)).toEqual([
        ['维修站 · 名称', '数量'],
        ['北站', 2],
        ['总站', 2],
      ]);
      await page.getByText(/已下载/).waitFor();
    }));

  it('imports customers: a dry run names the bad row, nothing is written, the fixed file imports; opening stock is offered too', () =>
    inPage('analytics-import', async (page) => {
      await signInAs(page, baseUrl, 'panel_admin', PASSWORD);
      await page.getByRole('menuitem', { name: '批量导入' }).click();
      await page.getByTestId('import-entity').waitFor();
      const file = (mobile: string) => ({
        name: '客户.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\ufeff客户名称,手机\r\n浏览器导入甲,13600000001\r\n浏览器导入乙,${mobile}\r\n`, 'utf8'),
      });
      await page.getByLabel('选择文件（CSV 或 XLSX）').setInputFiles(file('1360000000X'));
      await page.getByRole('button', { name: '试导入（只检查）' }).click();
      await page.getByTestId('import-outcome').getByText('1 处问题，未导入任何记录（全部正确才会导入）').waitFor();
      await page.getByTestId('import-errors').getByRole('cell', { name: '手机：不是有效的手机号（11 位，以 1 开头）' }).waitFor();
      await expect(page.getByTestId('import-errors').locator('tbody tr').first().textContent()).resolves.toContain('3');
      await page.getByLabel('选择文件（CSV 或 XLSX）').setInputFiles(file('13600000002'));
      await page.getByRole('button', { name: '导入', exact: true }).click();
      await page.getByTestId('import-outcome').getByText('已导入 2 条记录').waitFor();
      const imported = await t.em().getConnection().execute(`select name from customer where name like '浏览器导入%' order by name`);
      expect(imported.map((r) => (r as { name: string }).name)).toEqual(['浏览器导入乙', '浏览器导入甲']);

      // Opening stock is offered too; its dry run names the unknown warehouse.
      await page.getByTestId('import-entity').getByRole('combobox').click();
      await page.getByRole('option', { name: '期初库存', exact: true }).click();
      await page.getByLabel('选择文件（CSV 或 XLSX）').setInputFiles({ name: '期初库存.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff仓库,配件,数量\r\n火星仓,没有的配件,3\r\n', 'utf8') });
      await page.getByRole('button', { name: '试导入（只检查）' }).click();
      await page.getByTestId('import-errors').getByRole('cell', { name: '仓库：找不到代码或名称为「火星仓」的仓库' }).waitFor();
    }));

  it('exports a list as filtered, every row of it, from the list’s own export button', () =>
    inPage('analytics-list-export', async (page) => {
      await signInAs(page, baseUrl, 'panel_analyst', PASSWORD);
      await page.goto(`${baseUrl}#/productUnits`);
      await page.getByRole('cell', { name: 'SN-A1' }).waitFor();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出', exact: true }).click();
      await page.getByRole('menuitem', { name: /XLSX/ }).click();
      const file = await (await downloading).path();
      const rows = await readXlsx(file!);
      expect(rows[0]).toEqual(['序列号', '产品型号 · 型号/款号', '产品型号 · 品名', '购买人 · 客户名称', '购买日期', '保修截止日', '启用']);
      expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(['SN-A1', 'SN-B1']);
    }));

  it('exports a list over the threshold as a background job: progress shown, then the file downloads', () =>
    inPage('analytics-background-export', async (page) => {
      await signInAs(page, baseUrl, 'panel_analyst', PASSWORD);
      await page.goto(`${baseUrl}#/serviceOrders`);
      await page.getByRole('cell', { name: 'Q-N1' }).waitFor();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出', exact: true }).click();
      await page.getByRole('menuitem', { name: /CSV/ }).click();
      await page.getByTestId('export-background').waitFor();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^服务单-\d{8}-\d{4}\.csv$/);
      const text = fs.readFileSync((await download.path())!, 'utf8');
      expect(text.trim().split('\r\n')).toHaveLength(11);
      const [run] = await t.em().getConnection().execute(`select background, status, rows_done from export_run where background order by created_at desc limit 1`);
      expect(run).toEqual({ background: true, status: 'done', rows_done: 10 });
    }));
});
