import type { Actor } from '@banfa/permissions';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountPage } from '../../testing/mount-page.test-helper';
import { signIn } from '../../testing/sign-in.test-helper';
import { json, prepareDom } from '../../testing/dom.test-helper';
import { ProjectsListPage } from './projects-list.page';

const DEPARTMENT: Actor = { id: 'u-lp-dept', role: 'department', jurisdictionCode: '441623', organisationId: 'lp-education-bureau' };
let unmount: (() => void) | null = null;

beforeAll(prepareDom);
beforeEach(() => {
  localStorage.clear();
  signIn(DEPARTMENT, '连平县教育局');
});
afterEach(() => {
  unmount?.();
  unmount = null;
  vi.unstubAllGlobals();
});

describe('ProjectsListPage', { timeout: 30_000 }, () => {
  it('tells a department without projects how to start, once the list has arrived, and not before', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))));
    const page = await mountPage(<ProjectsListPage />);
    unmount = page.unmount;
    expect(page.container.textContent).toContain('正在载入项目…');
    expect(page.container.textContent).not.toContain('还没有项目');
    await act(async () => answer(json([])));
    await vi.waitFor(() => expect(page.container.textContent).toContain('还没有项目：点击“新建申报”'));
    expect(page.container.textContent).not.toContain('正在载入项目…');
  });
});
