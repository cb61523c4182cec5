import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DELAY, RETRY, type FakeServer, type MemoryMirror, sessionFixture } from './draft-session.test-helper';

const fixture = sessionFixture();
const open = (readOnly = false) => fixture.open(readOnly);
let server: FakeServer;
let mirror: MemoryMirror;
beforeEach(() => {
  ({ server, mirror } = fixture);
});

describe('autosave', () => {
  it('keeps every edit in this browser at once and sends it after a pause, with the lock version', async () => {
    const session = open();
    session.edit({ yaml: 'title: 新标题\n' });
    expect(mirror.copy).toMatchObject({ yaml: 'title: 新标题\n', baseLockVersion: 1 });
    expect(session.getSnapshot().saveState.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(server.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.saves).toEqual([{ yaml: 'title: 新标题\n', lockVersion: 1 }]);
    expect(session.getSnapshot().saveState).toEqual({ kind: 'saved', at: '2026-11-20T05:00:00.000Z' });
    expect(session.getSnapshot().version.lockVersion).toBe(2);
    expect(mirror.copy).toBeNull();
  });

  it('sends once after a burst of typing', async () => {
    const session = open();
    for (const title of ['新', '新标', '新标题']) {
      session.edit({ yaml: `title: ${title}\n` });
      await vi.advanceTimersByTimeAsync(DELAY / 2);
    }
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.saves.map((save) => save.yaml)).toEqual(['title: 新标题\n']);
  });

  it('sends what was typed while a save was on its way next, on the new lock version', async () => {
    const session = open();
    session.edit({ yaml: 'title: 一\n' });
    server.hold();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(session.getSnapshot().saveState.kind).toBe('saving');
    session.edit({ yaml: 'title: 一二\n' });
    server.open();
    await vi.advanceTimersByTimeAsync(0);
    // The answer to the first save does not take back what was typed since.
    expect(session.getSnapshot().yaml).toBe('title: 一二\n');
    expect(mirror.copy).toMatchObject({ yaml: 'title: 一二\n', baseLockVersion: 2 });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.saves.map((save) => [save.yaml, save.lockVersion])).toEqual([
      ['title: 一\n', 1],
      ['title: 一二\n', 2],
    ]);
    expect(session.getSnapshot().saveState.kind).toBe('saved');
    expect(server.current.yaml).toBe('title: 一二\n');
  });

  it('sends the scenario file only when it changed, and an emptied one as none', async () => {
    const session = open();
    session.edit({ yaml: 'title: 二\n' });
    await vi.advanceTimersByTimeAsync(DELAY);
    session.edit({ scenarios: '' });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.saves).toEqual([
      { yaml: 'title: 二\n', lockVersion: 1 },
      { yaml: 'title: 二\n', scenarios: null, lockVersion: 2 },
    ]);
  });

  it('after a lost connection says so, keeps the edit here and retries', async () => {
    const session = open();
    server.offline = true;
    session.edit({ yaml: 'title: 离线\n' });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(session.getSnapshot().saveState).toMatchObject({ kind: 'offline', message: expect.stringContaining('已保存在本机') });
    expect(mirror.copy?.yaml).toBe('title: 离线\n');
    server.offline = false;
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(session.getSnapshot().saveState.kind).toBe('saved');
    expect(server.current.yaml).toBe('title: 离线\n');
  });
});

describe('a refused text (422)', () => {
  it('marks the draft invalid with the server’s issues at their line, keeps it here, and saves the fix', async () => {
    const session = open();
    session.edit({ yaml: 'title: 错误\n' });
    await vi.advanceTimersByTimeAsync(DELAY);
    const snapshot = session.getSnapshot();
    expect(snapshot.saveState).toMatchObject({ kind: 'invalid', message: expect.stringContaining('1 处错误') });
    expect(snapshot.refused).toEqual({ yaml: 'title: 错误\n', issues: [{ path: ['title'], message: '标题不能为空', hint: '填写办法的全称', line: 1, column: 8 }] });
    expect(mirror.copy?.yaml).toBe('title: 错误\n');
    expect(server.current.yaml).toBe('title: 原标题\n');
    session.edit({ yaml: 'title: 改正\n' });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(session.getSnapshot()).toMatchObject({ saveState: { kind: 'saved' }, refused: null });
  });
});


describe('a deleted draft', () => {
  it('sends nothing more, not even pending edits or a save on its way, and forgets this browser’s copy', async () => {
    const session = open();
    session.edit({ yaml: 'title: 一\n' });
    server.hold();
    await vi.advanceTimersByTimeAsync(DELAY);
    session.edit({ yaml: 'title: 一二\n' });
    session.discard();
    expect(mirror.copy).toBeNull();
    server.open();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    // The save already sent is answered; what was typed after it is neither kept here nor sent.
    expect(server.saves.map((save) => save.yaml)).toEqual(['title: 一\n']);
    expect(mirror.copy).toBeNull();
    expect(session.editable).toBe(false);
    session.edit({ yaml: 'title: 三\n' });
    fixture.detach?.();
    fixture.detach = null;
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(server.saves).toHaveLength(1);
    expect(mirror.copy).toBeNull();
  });
});
