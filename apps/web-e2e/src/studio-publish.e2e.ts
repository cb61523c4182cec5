import { formatMoney, parseMoneyWithUnit } from '@banfa/policy-model';
import { expect, test, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { buttonName, login } from './support/workspace';

/*
 * 连平县's policy admin raises the 备案 threshold of a new draft from 50万 to 100万 (第十二条), sees the scenario tests
 * run in the browser turn red — the 80万 crypto project now 备案制 —, updates that scenario's expectations from the
 * current result, moves the other sample projects that test 审批制 above the new threshold in the scenario file,
 * publishes with an effective date after reading the dry run (a department's project submitted before stays on its
 * version), and the new version is in force: the api answers it for 441623, the history lists it, and the diff names
 * the threshold change with 第十二条. The threshold is changed in C2's element form (要素 → 管理方式 → 备案制).
 */

const CRYPTO = '总投资80万元、涉及密码应用的项目先经密码应用审核（第十一条）';

let shot = 0;
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  shot += 1;
  await page.screenshot({ path: testInfo.outputPath(`${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const scenarioRow = (page: Page, name: string): Locator => page.locator('[data-testid^="scenario-"][data-result]', { hasText: name });

/** Today in China time, as the server's clock reads it. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** The 施行日期 of the 发布 tab. */
async function setEffectiveDate(page: Page, day: string) {
  const dateInput = page.getByRole('textbox', { name: '施行日期', exact: true });
  await dateInput.click();
  await dateInput.fill(day);
  await dateInput.press('Enter');
  await expect(dateInput).toHaveValue(day);
}

/** A 连平县 project of 80万元 submitted by 连平县教育局 (附表1 and the declarations, as print-forms.e2e.ts sends them). */
async function submitProject(request: APIRequestContext): Promise<{ id: string; versionId: string }> {
  const login = await request.post('/api/auth/login', { data: { username: 'lp-dept', password: 'banfa2025' } });
  expect(login.status()).toBe(200);
  const headers = { Authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
  const formValues = {
    applicant: '连平县教育局',
    userUnit: '连平县第一中学',
    projectName: '智慧校园管理平台（在办）',
    location: '连平县元善镇',
    constructionNature: 'new',
    plannedStart: '2027-03',
    plannedCompletion: '2027-12',
    totalInvestment: '80',
    fundingPlan: { year1: '80' },
    fundingSources: { county: '80' },
    constructionContent: '建设统一的校园管理与家校互通平台',
    expectedBenefits: '提升学校管理效率',
    contactPerson: '张明',
    mobile: '13800138000',
  };
  const factAnswers = { classified: false, fixedAssetInvestment: false, inAnnualPlan: true, inSystemCatalogue: true, dataShared: true, securityCompliant: true, meetsDigitalGovRequirements: true, usesSecureReliableProducts: true, involvesCryptography: false };
  const created = await request.post('/api/projects', { headers, data: { formValues, factAnswers, submit: true } });
  expect(created.status()).toBe(201);
  const project = (await created.json()) as { id: string; policy: { versionId: string } };
  return { id: project.id, versionId: project.policy.versionId };
}

/** The project as its department sees it now: the version it is pinned to. */
async function pinnedVersion(request: APIRequestContext, id: string): Promise<string> {
  const login = await request.post('/api/auth/login', { data: { username: 'lp-dept', password: 'banfa2025' } });
  const headers = { Authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
  const project = await request.get(`/api/projects/${id}`, { headers });
  return ((await project.json()) as { policy: { versionId: string } }).policy.versionId;
}

/**
 * The scenario file with the sample projects of the failing scenarios moved up by as much as the threshold moved
 * (50万元): each keeps its place relative to the threshold, and its name says the new amount. What an admin does in
 * the scenario file's text after raising a threshold.
 */
function raiseFailingAmounts(text: string, failing: ReadonlySet<string>): string {
  return text
    .split(/\n(?= {2}- name: )/)
    .map((block) => {
      const name = /^ {2}- name: (.*)$/m.exec(block)?.[1];
      const amount = /totalInvestment: (\d+(?:\.\d+)?万元)/.exec(block)?.[1];
      const fen = amount ? parseMoneyWithUnit(amount) : null;
      if (!name || !failing.has(name) || !amount || fen === null) return block;
      return block.split(amount).join(`${formatMoney(fen + 50_000_000n, '万元')}万元`);
    })
    .join('\n');
}

test('a policy admin raises the 备案 threshold, updates the scenarios that fail, reads the dry run and publishes; the new version is in force', async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  // A department's project already submitted under the version in force: publishing must leave it there.
  const inFlight = await submitProject(request);

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|unsafe-eval/.test(message.text())) errors.push(message.text());
  });

  // A new draft of 连平县's regulation, from the version in force.
  await login(page, 'lp-policy', /\/studio$/);
  const card = page.locator('.ant-card', { hasText: '连平县县级政务信息化项目管理办法' });
  await card.getByRole('row').filter({ hasText: '已发布' }).first().getByRole('button', { name: '新建草稿（基于此版本）' }).click();
  await expect(page).toHaveURL(/\/studio\/versions\/[^/?]+/);
  const draftId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  await expect(page.getByTestId('yaml-check')).toHaveText(/校验通过/);

  // Every scenario passes on the copy as it is.
  await tab(page, '场景测试').click();
  await expect(page.getByTestId('scenario-summary')).toHaveText(/^共 (\d+) 个场景：\1 个通过$/);
  const total = Number(/共 (\d+) 个/.exec((await page.getByTestId('scenario-summary').textContent()) ?? '')?.[1]);
  await expect(scenarioRow(page, CRYPTO)).toHaveAttribute('data-result', 'pass');

  // 第十二条's threshold, in the element form of 备案制: 50 → 100 (万元).
  await tab(page, '要素').click();
  await page.locator('.ant-tree-treenode', { hasText: '管理方式' }).locator('.ant-tree-switcher').click();
  await page.locator('.ant-tree-treenode', { hasText: '备案制' }).click();
  const amount = page.getByTestId('threshold-form').locator('input[inputmode="decimal"]');
  await expect(amount).toHaveValue('50');
  await amount.fill('100');
  await amount.blur();
  await expect(page.getByTestId('threshold-sentence')).toContainText('项目总投资 ≤ 100万元');
  await expect(page.locator('.cm-line', { hasText: 'comparison: lte, amount: "100", unit: 万元' })).toHaveCount(1);
  await screenshot(page, testInfo, 'threshold-raised');

  // The 80万 crypto project is now 备案制: its scenario fails, saying so in words.
  await tab(page, '场景测试').click();
  const crypto = scenarioRow(page, CRYPTO);
  await expect(crypto).toHaveAttribute('data-result', 'fail');
  await expect(crypto.getByTestId('failures')).toContainText('管理方式：期望 审批制（approval），实际 备案制（filing）');
  await expect(page.getByTestId('scenario-summary')).toContainText('个未通过');
  await crypto.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'scenario-fails');
  // While a scenario fails, publishing is refused: the check names the failing scenario, the dry run cannot start.
  await tab(page, '发布').click();
  await setEffectiveDate(page, today());
  await expect(page.getByTestId('publish-checks')).toContainText('每个场景都须通过才能发布');
  await expect(page.getByTestId('publish-checks')).toContainText(CRYPTO);
  await expect(page.getByRole('button', { name: '试运行：查看发布影响' })).toBeDisabled();
  await tab(page, '场景测试').click();
  // The same project in the simulation: 备案制, with the threshold and its article.
  await crypto.getByRole('button', { name: '在模拟中打开' }).click();
  await expect(tab(page, '模拟')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('track-name')).toHaveText('备案制');
  await expect(page.getByTestId('track')).toContainText('项目总投资 ≤ 100万元（项目总投资：80万元）');
  await page.getByTestId('track').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'simulation');
  await tab(page, '场景测试').click();

  // Its expectations updated from the current result (备案制, with 密码应用审核 still first): it passes.
  await crypto.getByRole('button', { name: '编辑期望' }).click();
  const form = page.getByTestId('scenario-expectations');
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: '采用当前结果' }).click();
  await expect(form.locator('.ant-select[aria-label="期望的管理方式"]')).toContainText('备案制');
  await screenshot(page, testInfo, 'expectations-form');
  await page.getByRole('button', { name: '保存到场景文件' }).click();
  await expect(crypto).toHaveAttribute('data-result', 'pass');

  // The other failing cases test 审批制 with sample amounts under the new threshold: raised by 50万元 in the file.
  const failing = new Set<string>();
  for (const row of await page.locator('[data-testid^="scenario-"][data-result="fail"]').all()) {
    failing.add(((await row.locator('.ant-typography strong, strong').first().textContent()) ?? '').trim());
  }
  expect(failing.size).toBeGreaterThan(0);
  await page.getByRole('button', { name: '编辑场景文件' }).click();
  const file = page.getByTestId('scenario-file-text');
  const text = await file.inputValue();
  expect(text).toContain('# Scenario tests of the 连平县 policy');
  await file.fill(raiseFailingAmounts(text, failing));
  await expect(page.getByTestId('scenario-summary')).toHaveText(`共 ${total} 个场景：${total} 个通过`);
  await expect(page.getByText('全部通过', { exact: true })).toBeVisible();
  await expect(page.getByTestId('studio-save-status')).toHaveText(/已保存 \d\d:\d\d/, { timeout: 15_000 });
  await screenshot(page, testInfo, 'scenarios-pass');

  // 发布: the effective date, the checks, then the dry run before anything is published.
  await tab(page, '发布').click();
  await setEffectiveDate(page, today());
  await page.getByText(/^结束上一版本：/).click();
  await expect(page.getByTestId('publish-checks')).toContainText(`${total} 个场景全部通过（浏览器中运行）`);
  await page.getByRole('button', { name: '试运行：查看发布影响' }).click();
  const dryRun = page.getByTestId('dry-run');
  await expect(dryRun).toBeVisible();
  await expect(dryRun).toContainText('施行期间');
  await expect(dryRun).toContainText(`${total} 个场景全部通过`);
  await expect(page.getByTestId('dry-run-overlaps')).toContainText('结束上一版本');
  await expect(page.getByTestId('dry-run-projects')).toContainText('智慧校园管理平台（在办）');
  await expect(dryRun).toContainText('发布后仍按原版本办理，不会改挂到新版本');
  await expect(page.getByTestId('published')).toHaveCount(0);
  await page.getByTestId('dry-run-projects').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'dry-run');
  await page.getByRole('button', { name: buttonName('确认发布') }).click();

  // Published and in force, read-only.
  await expect(page.getByTestId('published')).toContainText('已发布 · 现行有效');
  await expect(page.getByTestId('studio-editor-header').getByText('已发布', { exact: true })).toBeVisible();
  // Read-only: the YAML editor takes no typing.
  await expect(page.getByRole('textbox', { name: '政策文件 YAML 文本' })).toHaveAttribute('aria-readonly', 'true');
  await screenshot(page, testInfo, 'published');

  // The api answers the new version for 连平县.
  const current = await page.evaluate(async () => {
    const session = JSON.parse(localStorage.getItem('banfa.session') ?? '{}') as { token?: string };
    const response = await fetch('/api/jurisdictions/441623/policy', { headers: { Authorization: `Bearer ${session.token ?? ''}` } });
    return (await response.json()) as { versionId: string };
  });
  expect(current.versionId).toBe(draftId);
  // The project submitted before stays on the version it was submitted under.
  expect(inFlight.versionId).not.toBe(draftId);
  expect(await pinnedVersion(request, inFlight.id)).toBe(inFlight.versionId);

  // The history: the new version in force, the previous one ended; the diff names the threshold with 第十二条.
  await tab(page, '历史与差异').click();
  const versions = page.getByTestId('versions');
  // (Other tests' drafts may be newer; the new version's own row is the one to read.)
  await expect(versions.locator('tbody tr.ant-table-row', { has: page.getByTestId(`in-force-${draftId}`) })).toContainText('已发布');
  await expect(page.getByTestId(`in-force-${draftId}`)).toHaveText('现行有效');
  const threshold = page.getByTestId('diff-group-threshold');
  await expect(threshold).toContainText('第十二条');
  await expect(threshold).toContainText('50万元 → 100万元');
  await threshold.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'history-diff');

  expect(errors).toEqual([]);
});
