import type { PolicyVersionView, SavePolicyDraftRequest } from '@banfa/api-contract';
import { afterEach, beforeEach, vi } from 'vitest';
import { ApiError } from '../../../api/http';
import type { DraftMirror, LocalCopy } from './draft-mirror';
import { DraftSession } from './draft-session';

export const DELAY = 1000;
export const RETRY = 5000;

export function version(patch: Partial<PolicyVersionView> = {}): PolicyVersionView {
  return {
    id: 'v-draft',
    policyId: 'lianping-county-it-projects',
    jurisdictionCode: '441623',
    label: '二次征求意见稿',
    state: 'draft',
    status: 'consultation-draft',
    statusLabel: '征求意见稿',
    effectiveFrom: null,
    effectiveTo: null,
    contentHash: 'h',
    publishedAt: null,
    publishedBy: null,
    basedOnId: 'v1',
    inForce: false,
    updatedAt: '2026-11-20T04:03:00.000Z',
    lockVersion: 1,
    createdAt: '2026-11-20T04:00:00.000Z',
    sourceFile: null,
    content: {} as PolicyVersionView['content'],
    yaml: 'title: 原标题\n',
    scenarios: 'scenarios: []\n',
    ...patch,
  };
}

/** The api as the contract describes it: optimistic locking, 422 for text it refuses, and a switch to go offline. */
export class FakeServer {
  current = version();
  offline = false;
  saves: SavePolicyDraftRequest[] = [];
  private gate: Promise<void> | null = null;
  private release: (() => void) | null = null;

  /** Holds the next answers until `open()`, to type while a save is on its way. */
  hold() {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }
  open() {
    this.release?.();
    this.gate = null;
  }

  /** Someone else saves the draft. */
  saveByOther(yaml: string) {
    this.current = { ...this.current, yaml, lockVersion: this.current.lockVersion + 1, updatedAt: '2026-11-20T05:30:00.000Z' };
  }

  transport = {
    load: async (): Promise<PolicyVersionView> => this.current,
    save: async (_id: string, body: SavePolicyDraftRequest): Promise<PolicyVersionView> => {
      this.saves.push(body);
      if (this.gate) await this.gate;
      if (this.offline) throw new ApiError(0, { code: 'network', message: '无法连接服务器', details: [] });
      if (this.current.state !== 'draft' || body.lockVersion !== this.current.lockVersion) {
        throw new ApiError(409, { code: 'conflict', message: '草稿已被他人修改', details: [{ field: 'lockVersion', message: `应为 ${this.current.lockVersion}` }] });
      }
      if (body.yaml?.includes('错误')) {
        const details = [{ field: 'yaml.title', message: '标题不能为空', hint: '填写办法的全称', line: 1, column: 8 }];
        throw new ApiError(422, { code: 'policy-invalid', message: '政策文件未通过校验', details });
      }
      this.current = {
        ...this.current,
        yaml: body.yaml ?? this.current.yaml,
        ...(body.scenarios !== undefined ? { scenarios: body.scenarios } : {}),
        lockVersion: this.current.lockVersion + 1,
        updatedAt: '2026-11-20T05:00:00.000Z',
      };
      return this.current;
    },
  };
}

export class MemoryMirror implements DraftMirror {
  copy: LocalCopy | null = null;
  read = () => this.copy;
  write = (copy: LocalCopy) => {
    this.copy = copy;
  };
  clear = () => {
    this.copy = null;
  };
}

/**
 * A fresh fake server and browser copy per test, with fake timers, and `open()` to start a session on them as the
 * editor page does. Call in a spec's top level.
 */
export function sessionFixture() {
  const fixture = {
    server: new FakeServer(),
    mirror: new MemoryMirror(),
    detach: null as (() => void) | null,
    open(readOnly = false) {
      const session = new DraftSession(fixture.server.current, { transport: fixture.server.transport, mirror: fixture.mirror, delayMs: DELAY, retryMs: RETRY, now: () => 1_000, readOnly });
      fixture.detach = session.attach();
      return session;
    },
  };
  beforeEach(() => {
    vi.useFakeTimers();
    fixture.server = new FakeServer();
    fixture.mirror = new MemoryMirror();
  });
  afterEach(() => {
    fixture.detach?.();
    fixture.detach = null;
    vi.useRealTimers();
  });
  return fixture;
}

