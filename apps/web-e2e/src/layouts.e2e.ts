import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { buttonName, collectPageErrors, fillLianpingApplication, login, logout } from './support/workspace';

/**
 * The everyday screens work on a desktop (1280×800) and on a tablet held upright (820×1180, an iPad Air): nothing
 * spills out sideways (wide tables scroll inside their own frame), the menu stays reachable, and each screen is kept
 * as a screenshot.
 */
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'tablet', width: 820, height: 1180 },
] as const;

/**
 * The page is no wider than the window: the user never has to scroll the whole page sideways. Polled, because a
 * closing dialog keeps its scroll lock (and the page's compensating width) for the length of its animation.
 */
async function expectNoSidewaysScroll(page: Page, screen: string) {
  const measure = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // The innermost elements that reach past the window's right edge, to say what to fix.
      const beyond = Array.from(document.body.querySelectorAll<HTMLElement>('*')).filter((element) => element.getBoundingClientRect().right > width + 1);
      const innermost = beyond.filter((element) => !beyond.some((other) => other !== element && element.contains(other)));
      const culprits = innermost.slice(0, 5).map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ends at ${Math.round(element.getBoundingClientRect().right)}px`);
      const excess = document.documentElement.scrollWidth - width;
      return excess > 1 ? `${excess}px too wide: ${culprits.join('; ')}` : '';
    });
  await expect.poll(measure, { message: `${screen}: the page is no wider than the window`, timeout: 5_000 }).toBe('');
}

async function keep(page: Page, testInfo: TestInfo, viewport: string, screen: string) {
  await expectNoSidewaysScroll(page, `${viewport} ${screen}`);
  await page.screenshot({ path: testInfo.outputPath(`${viewport}-${screen}.png`), fullPage: true });
}

for (const viewport of VIEWPORTS) {
  test(`the department's and the reviewer's screens fit a ${viewport.name} (${viewport.width}×${viewport.height})`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const pageErrors = collectPageErrors(page);
    const name = `排水管网监测平台（${viewport.name}-${Date.now() % 100000}）`;

    await login(page, 'lp-dept', /\/projects$/);
    await keep(page, testInfo, viewport.name, 'projects');
    await page.getByRole('link', { name: '新建申报' }).first().click();
    await expect(page.getByRole('heading', { name: /项目立项申请表/ })).toBeVisible();
    await fillLianpingApplication(page, '30', '否', name);
    await expect(page.getByTestId('preview')).toContainText('备案制');
    await keep(page, testInfo, viewport.name, 'application');
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.getByRole('button', { name: '仍然提交' }).click();
    await expect(page.getByTestId('track-name')).toHaveText('备案制');
    await keep(page, testInfo, viewport.name, 'project');
    await page.getByRole('tab', { name: '申报材料' }).click();
    await keep(page, testInfo, viewport.name, 'project-materials');
    await logout(page);

    await login(page, 'lp-data', /\/inbox$/);
    const row = page.getByTestId('inbox').getByRole('row', { name: new RegExp(name.replace(/[()（）]/g, '.')) });
    await expect(row).toBeVisible();
    await keep(page, testInfo, viewport.name, 'inbox');
    await row.getByRole('link', { name }).click();
    await expect(page.getByTestId('project-name')).toHaveText(name);
    await expect(page.getByRole('button', { name: buttonName('同意') }).first()).toBeVisible();
    await keep(page, testInfo, viewport.name, 'review');
    await logout(page);

    await login(page, 'gd-observer', /\/compare$/);
    await expect(page.getByTestId('comparison-matrix')).toBeVisible();
    await keep(page, testInfo, viewport.name, 'compare');
    expect(pageErrors).toEqual([]);
  });
}
