import type { Actor } from '@banfa/permissions';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountPage } from '../../testing/mount-page.test-helper';
import { signIn } from '../../testing/sign-in.test-helper';
import { json, prepareDom } from '../../testing/dom.test-helper';
import { InboxPage } from './inbox.page';

const CRYPTO_REVIEWER: Actor = { id: 'u-lp-crypto', role: 'reviewer', jurisdictionCode: '441623', organisationId: 'lp-crypto-bureau', bodyKey: 'crypto-bureau' };
let unmount: (() => void) | null = null;

beforeAll(prepareDom);
beforeEach(() => {
  localStorage.clear();
  signIn(CRYPTO_REVIEWER, '连平县密码管理局');
});
afterEach(() => {
  unmount?.();
  unmount = null;
  vi.unstubAllGlobals();
});

describe('InboxPage', { timeout: 30_000 }, () => {
  it('says the inbox is empty once it has arrived, and not while it loads', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))));
    const page = await mountPage(<InboxPage />);
    unmount = page.unmount;
    expect(page.container.textContent).toContain('正在载入待办…');
    expect(page.container.textContent).not.toContain('没有待办事项');
    await act(async () => answer(json([])));
    await vi.waitFor(() => expect(page.container.textContent).toContain('没有待办事项：有项目进入本机构办理的环节时'));
  });
});
