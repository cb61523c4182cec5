import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DELAY, type FakeServer, type MemoryMirror, sessionFixture, version } from './draft-session.test-helper';

const fixture = sessionFixture();
const open = (readOnly = false) => fixture.open(readOnly);
let server: FakeServer;
let mirror: MemoryMirror;
beforeEach(() => {
  ({ server, mirror } = fixture);
});

describe('conflicts (409)', () => {
  it('stops at a save by someone else, shows their version and when, and overwrites nothing', async () => {
    const session = open();
    server.saveByOther('title: 对方的标题\n');
    session.edit({ yaml: 'title: 我的标题\n' });
    await vi.advanceTimersByTimeAsync(DELAY);
    const state = session.getSnapshot().saveState;
    expect(state.kind).toBe('conflict');
    if (state.kind !== 'conflict') return;
    expect(state.theirs.yaml).toBe('title: 对方的标题\n');
    expect(state.message).toMatch(/已于 .+ 在别处保存/);
    expect(server.current.yaml).toBe('title: 对方的标题\n');
    // Typing on does not send while the user has not chosen.
    session.edit({ yaml: 'title: 我的标题！\n' });
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(server.saves).toHaveLength(1);
    expect(mirror.copy).toMatchObject({ yaml: 'title: 我的标题！\n', baseLockVersion: 1 });
  });

  it('“保留我的修改” saves ours on top of their version', async () => {
    const session = open();
    server.saveByOther('title: 对方的标题\n');
    session.edit({ yaml: 'title: 我的标题\n' });
    await vi.advanceTimersByTimeAsync(DELAY);
    await session.resolveConflict('mine');
    expect(server.saves.at(-1)).toEqual({ yaml: 'title: 我的标题\n', lockVersion: 2 });
    expect(server.current.yaml).toBe('title: 我的标题\n');
    expect(session.getSnapshot().saveState.kind).toBe('saved');
  });

  it('“使用对方版本” takes their text and drops ours here too', async () => {
    const session = open();
    server.saveByOther('title: 对方的标题\n');
    session.edit({ yaml: 'title: 我的标题\n' });
    await vi.advanceTimersByTimeAsync(DELAY);
    await session.resolveConflict('theirs');
    expect(session.getSnapshot()).toMatchObject({ yaml: 'title: 对方的标题\n', saveState: { kind: 'saved' } });
    expect(mirror.copy).toBeNull();
    expect(server.saves).toHaveLength(1);
  });
});

describe('opening', () => {
  it('restores this browser’s unsaved edits made on the version the server still has, and sends them', async () => {
    mirror.copy = { yaml: 'title: 未发出的修改\n', scenarios: 'scenarios: []\n', baseLockVersion: 1, editedAt: 500 };
    const session = open();
    expect(session.getSnapshot()).toMatchObject({ yaml: 'title: 未发出的修改\n', restored: true, saveState: { kind: 'pending' } });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.current.yaml).toBe('title: 未发出的修改\n');
  });

  it('opens as a conflict when the server moved on since those edits, sending nothing', async () => {
    mirror.copy = { yaml: 'title: 本机的修改\n', scenarios: 'scenarios: []\n', baseLockVersion: 1, editedAt: 500 };
    server.saveByOther('title: 对方的标题\n');
    const session = open();
    expect(session.getSnapshot()).toMatchObject({ yaml: 'title: 本机的修改\n', restored: true, saveState: { kind: 'conflict' } });
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(server.saves).toHaveLength(0);
    // A reload before choosing still finds the conflict: the copy stays based on the version it was edited on.
    session.edit({ yaml: 'title: 本机的修改2\n' });
    expect(mirror.copy?.baseLockVersion).toBe(1);
    await session.resolveConflict('mine');
    expect(server.saves).toEqual([{ yaml: 'title: 本机的修改2\n', lockVersion: 2 }]);
  });

  it('opens the server’s text when this browser has nothing newer', () => {
    mirror.copy = { yaml: 'title: 原标题\n', scenarios: 'scenarios: []\n', baseLockVersion: 1, editedAt: 500 };
    expect(open().getSnapshot()).toMatchObject({ yaml: 'title: 原标题\n', restored: false, saveState: { kind: 'saved' } });
  });

  it('opens a published version read-only: edits do nothing and nothing is sent', async () => {
    server.current = version({ state: 'published', publishedAt: '2026-11-01T00:00:00.000Z' });
    mirror.copy = { yaml: 'title: 旧的本机修改\n', scenarios: '', baseLockVersion: 1, editedAt: 1 };
    const session = open();
    expect(session.editable).toBe(false);
    expect(session.getSnapshot().yaml).toBe('title: 原标题\n');
    session.edit({ yaml: 'title: 改不了\n' });
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(session.getSnapshot().yaml).toBe('title: 原标题\n');
    expect(server.saves).toHaveLength(0);
    expect(mirror.copy).toBeNull();
  });

  it('opens read-only for a user who may not change the version, whatever this browser kept', async () => {
    mirror.copy = { yaml: 'title: 别人的本机修改\n', scenarios: '', baseLockVersion: 1, editedAt: 1 };
    const session = open(true);
    expect(session.editable).toBe(false);
    expect(session.getSnapshot().yaml).toBe('title: 原标题\n');
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(server.saves).toHaveLength(0);
  });
});

describe('two tabs of one user on one draft', () => {
  it('a save here does not drop the other tab’s unsaved copy from this browser', async () => {
    const session = open();
    session.edit({ yaml: 'title: 这个标签页\n' });
    server.hold();
    await vi.advanceTimersByTimeAsync(DELAY);
    // Meanwhile the other tab writes its own edit into the shared copy.
    mirror.copy = { yaml: 'title: 另一个标签页\n', scenarios: 'scenarios: []\n', baseLockVersion: 1, editedAt: 2 };
    server.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().saveState.kind).toBe('saved');
    expect(mirror.copy?.yaml).toBe('title: 另一个标签页\n');
  });
});

describe('leaving the editor', () => {
  it('sends what is pending at once, and retries when the connection comes back', async () => {
    const session = open();
    session.edit({ yaml: 'title: 离开前\n' });
    fixture.detach?.();
    fixture.detach = null;
    await vi.advanceTimersByTimeAsync(0);
    expect(server.saves.map((save) => save.yaml)).toEqual(['title: 离开前\n']);
    expect(mirror.copy).toBeNull();
  });

  it('saves as soon as the browser is online again', async () => {
    const session = open();
    server.offline = true;
    session.edit({ yaml: 'title: 断网时\n' });
    await vi.advanceTimersByTimeAsync(DELAY);
    server.offline = false;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().saveState.kind).toBe('saved');
  });
});
