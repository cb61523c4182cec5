import { expect, test } from '@playwright/test';
import { add, createForm, openDraftForms, preview, properties, setProps } from './support/designer';

/*
 * The product runs under a Content-Security-Policy without 'unsafe-eval', and nothing in it needs eval: form
 * conditions are CEL evaluated by cel-js, Formily's `{{ }}` compiler is ours. The page cannot eval at all, a form's
 * x-visible-when shows and hides its field as the user types, and no CSP violation is reported anywhere while the
 * designer and its preview are used.
 */

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

test('the web is served under a CSP without unsafe-eval, cannot eval, and runs the designer and its conditions without a violation', async ({ page, request }) => {
  for (const path of ['/', '/studio', '/projects/new']) {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("default-src 'self'");
  }

  // Every violation report, from the first script on, in the page and in the console (workers log theirs there).
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval|Refused to/.test(message.text())) consoleViolations.push(message.text());
  });

  await openDraftForms(page);
  await createForm(page, { title: '条件显示测试表', id: 'csp-conditions', appendix: 8 });
  await add(page, '单行文本');
  await setProps(page, { title: '建设性质（文字）', key: 'nature' });
  await add(page, '单行文本');
  await setProps(page, { title: '其他建设性质说明', key: 'natureOther', required: true, visibleWhen: 'nature == "其他"' });
  await expect(properties(page).getByTestId('x-visible-when-ok')).toBeVisible();

  // The condition runs as the user types in the preview: hidden, shown, hidden again.
  const form = preview(page);
  const trigger = form.getByLabel('建设性质（文字）');
  const dependent = form.getByLabel('其他建设性质说明');
  await expect(dependent).toHaveCount(0);
  await trigger.pressSequentially('其');
  await expect(dependent).toHaveCount(0);
  await trigger.pressSequentially('他');
  await expect(dependent).toBeVisible();
  // Shown, it is required (and submitted); hidden again, it is neither.
  await form.getByRole('button', { name: '提交（预览）' }).click();
  await expect(page.getByTestId('preview-failed')).toBeVisible();
  await dependent.fill('改扩建');
  await form.getByRole('button', { name: '提交（预览）' }).click();
  await expect(page.getByTestId('preview-values')).toContainText('"natureOther": "改扩建"');
  await trigger.fill('新建');
  await expect(dependent).toHaveCount(0);
  await form.getByRole('button', { name: '提交（预览）' }).click();
  await expect(page.getByTestId('preview-submitted')).toContainText('服务器端校验同样通过');
  await expect(page.getByTestId('preview-values')).not.toContainText('natureOther');

  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(consoleViolations).toEqual([]);

  // And the page itself cannot evaluate strings as code. (Code Playwright evaluates is exempt, as the DevTools
  // console is: the attempts run from a timer, as the page's own code.)
  const attempts = await page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve) => {
        const attempt = (run: () => unknown) => {
          try {
            run();
            return 'ran';
          } catch (error) {
            return error instanceof Error ? error.name : String(error);
          }
        };
        setTimeout(() =>
          resolve({
            // eslint-disable-next-line no-restricted-syntax -- the point: the CSP refuses it
            eval: attempt(() => eval('1')),
            // eslint-disable-next-line no-restricted-syntax -- the point: the CSP refuses it
            function: attempt(() => new Function('')),
          }),
        );
      }),
  );
  expect(attempts).toEqual({ eval: 'EvalError', function: 'EvalError' });
  // Those two were refused and reported: the listener hears violations when there are some.
  await expect.poll(() => page.evaluate(() => window.cspViolations?.length ?? 0)).toBeGreaterThan(0);
});
