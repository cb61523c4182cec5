import type { PolicyErrorDetail, PolicyVersionView, SavePolicyDraftRequest } from '@banfa/api-contract';
import type { PolicyIssue } from '@banfa/policy-model';
import { ApiError } from '../../../api/http';
import type { DraftSaveState } from '../studio-draft.context';
import type { DraftMirror } from './draft-mirror';
import { openDraft, serverText } from './open-draft';
import { conflictMessage, refusedIssues, refusedMessage } from './save-errors';

/** The two requests the session makes. */
export interface DraftTransport {
  load(id: string): Promise<PolicyVersionView>;
  save(id: string, body: SavePolicyDraftRequest): Promise<PolicyVersionView>;
}

export interface SessionSnapshot {
  /** The version as the server last gave it (its lock version is the one the next save is based on). */
  version: PolicyVersionView;
  yaml: string;
  scenarios: string;
  /** Counts the changes of the text here, so a view can tell an older text from the one it shows. */
  revision: number;
  saveState: DraftSaveState;
  /** What the server found in the text it refused (422), for the text sent: e.g. a changed policy id. */
  refused: { yaml: string; issues: PolicyIssue[] } | null;
  /** Opened with edits this browser kept that had not reached the server. */
  restored: boolean;
}

export interface SessionOptions {
  transport: DraftTransport;
  mirror: DraftMirror;
  /** The user may read but not change this version (an observer, another jurisdiction's admin). */
  readOnly?: boolean;
  /** The pause in typing after which the autosave sends. */
  delayMs?: number;
  /** How long to wait before trying again after a lost connection or a server error. */
  retryMs?: number;
  now?: () => number;
}

/**
 * One draft open in the studio, with the server: the text as edited, this browser's copy of it, the autosave (one
 * request at a time, with the lock version of the last answer), and what happens when the server says no — a 422
 * keeps everything here and shows where; a 409 stops and asks; a lost connection retries. Published versions open
 * read-only and never save.
 */
export class DraftSession {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private disposed = false;
  /** The draft is gone from the server (deleted): nothing is sent or kept here any more. */
  private discarded = false;
  /** The server's lock version our text is based on (before a conflict is resolved: the one we had, not theirs). */
  private base: number;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly now: () => number;

  constructor(
    version: PolicyVersionView,
    private readonly options: SessionOptions,
  ) {
    this.delayMs = options.delayMs ?? 1200;
    this.retryMs = options.retryMs ?? 5000;
    this.now = options.now ?? Date.now;
    // Someone who may not change the version has no edits of it here that could count.
    const local = options.readOnly ? null : options.mirror.read();
    const opening = openDraft(version, local);
    this.base = opening.kind === 'conflict' && local ? local.baseLockVersion : version.lockVersion;
    const initial = { version, yaml: opening.yaml, scenarios: opening.scenarios, revision: 0, refused: null, restored: opening.kind !== 'server' };
    if (opening.kind === 'conflict') {
      this.snapshot = { ...initial, saveState: { kind: 'conflict', message: conflictMessage(version), theirs: version } };
    } else if (opening.kind === 'restored') {
      // Sent once the session is attached to the page (attach), not from here: React may construct it twice.
      this.snapshot = { ...initial, saveState: { kind: 'pending' } };
    } else {
      if (version.state !== 'draft') options.mirror.clear();
      this.snapshot = { ...initial, saveState: { kind: 'saved', at: version.updatedAt } };
    }
  }

  get editable(): boolean {
    return !this.options.readOnly && !this.discarded && this.snapshot.version.state === 'draft';
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<SessionSnapshot>): void {
    if (this.disposed) return;
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /**
   * The text changed here: kept in this browser at once, sent after a pause (not while a conflict is open).
   * Returns the text's revision (unchanged when the edit changed nothing or the draft is read-only).
   */
  edit(change: { yaml?: string; scenarios?: string }): number {
    if (!this.editable) return this.snapshot.revision;
    const yaml = change.yaml ?? this.snapshot.yaml;
    const scenarios = change.scenarios ?? this.snapshot.scenarios;
    if (yaml === this.snapshot.yaml && scenarios === this.snapshot.scenarios) return this.snapshot.revision;
    const conflict = this.snapshot.saveState.kind === 'conflict';
    this.options.mirror.write({ yaml, scenarios, baseLockVersion: this.base, editedAt: this.now() });
    const revision = this.snapshot.revision + 1;
    this.update({ yaml, scenarios, revision, ...(conflict ? {} : { saveState: { kind: 'pending' } as const }) });
    if (!conflict) this.schedule(this.delayMs);
    return revision;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, delay);
  }

  private hasUnsaved(): boolean {
    const server = serverText(this.snapshot.version);
    return this.snapshot.yaml !== server.yaml || this.snapshot.scenarios !== server.scenarios;
  }

  /**
   * Drops this browser's copy once the server has it (or the user gave it up), but only if it is still this text:
   * another tab of the same user on the same draft may have written its own edits there since.
   */
  private forget(yaml: string, scenarios: string): void {
    const copy = this.options.mirror.read();
    if (!copy || (copy.yaml === yaml && copy.scenarios === scenarios)) this.options.mirror.clear();
  }

  /** Sends what is not on the server yet; resolves when the server has answered (every save in a row). */
  async saveNow(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.inFlight) {
      await this.inFlight;
      if (this.snapshot.saveState.kind === 'pending') return this.saveNow();
      return;
    }
    const state = this.snapshot.saveState.kind;
    if (!this.editable || state === 'conflict' || this.disposed) return;
    if (!this.hasUnsaved()) {
      this.forget(this.snapshot.yaml, this.snapshot.scenarios);
      if (state !== 'saved') this.update({ saveState: { kind: 'saved', at: this.snapshot.version.updatedAt } });
      return;
    }
    this.inFlight = this.send().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
    if (this.snapshot.saveState.kind === 'pending' && !this.timer) this.schedule(this.delayMs);
  }

  private async send(): Promise<void> {
    const { yaml, scenarios, version } = this.snapshot;
    const body: SavePolicyDraftRequest = { yaml, lockVersion: version.lockVersion };
    if (scenarios !== serverText(version).scenarios) body.scenarios = scenarios.trim() === '' ? null : scenarios;
    this.update({ saveState: { kind: 'saving' } });
    try {
      const saved = await this.options.transport.save(version.id, body);
      this.saved(saved, yaml, scenarios);
    } catch (error) {
      await this.failed(error, yaml);
    }
  }

  private saved(saved: PolicyVersionView, yaml: string, scenarios: string): void {
    if (this.discarded) return;
    // The server keeps what it was sent; what was typed meanwhile stays here and goes next.
    const current = this.snapshot;
    const version = { ...saved, yaml, scenarios: scenarios.trim() === '' ? null : scenarios };
    const upToDate = current.yaml === yaml && current.scenarios === scenarios;
    this.base = saved.lockVersion;
    if (upToDate) this.forget(yaml, scenarios);
    else this.options.mirror.write({ yaml: current.yaml, scenarios: current.scenarios, baseLockVersion: saved.lockVersion, editedAt: this.now() });
    this.update({ version, refused: null, saveState: upToDate ? { kind: 'saved', at: saved.updatedAt ?? new Date(this.now()).toISOString() } : { kind: 'pending' } });
  }

  private async failed(error: unknown, sentYaml: string): Promise<void> {
    if (this.discarded) return;
    const status = error instanceof ApiError ? error.status : 0;
    const message = error instanceof Error ? error.message : String(error);
    if (status === 409) {
      await this.conflict();
      return;
    }
    if (status === 422 || status === 400 || status === 413) {
      const details = (error as ApiError).body.details as PolicyErrorDetail[];
      const { document, scenarios } = refusedIssues(details);
      const text = status === 422 ? refusedMessage(document.length, scenarios) : `服务器未保存：${message}。修改已保存在本机`;
      this.update({ refused: { yaml: sentYaml, issues: document }, saveState: { kind: 'invalid', message: text } });
      return;
    }
    if (status === 403 || status === 404) {
      this.update({ saveState: { kind: 'offline', message: `无法保存：${message}。修改已保存在本机` } });
      return;
    }
    const offline =
      status === 0 ? '网络中断：修改已保存在本机，恢复连接后自动保存' : `暂未保存到服务器（${message}），修改已保存在本机，稍后自动重试`;
    this.update({ saveState: { kind: 'offline', message: offline } });
    this.schedule(this.retryMs);
  }

  /** Someone saved (or published) in between: fetch their version; ours stays here until the user chooses. */
  private async conflict(): Promise<void> {
    try {
      const theirs = await this.options.transport.load(this.snapshot.version.id);
      this.update({ saveState: { kind: 'conflict', message: conflictMessage(theirs), theirs } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.update({ saveState: { kind: 'offline', message: `草稿已在别处被修改，但暂时无法载入对方的版本（${message}）；修改已保存在本机，稍后重试` } });
      this.schedule(this.retryMs);
    }
  }

  /** 'theirs': their text replaces ours (ours is dropped here too); 'mine': ours is saved on top of theirs. */
  async resolveConflict(choice: 'theirs' | 'mine'): Promise<void> {
    const state = this.snapshot.saveState;
    if (state.kind !== 'conflict') return;
    const theirs = state.theirs;
    this.base = theirs.lockVersion;
    if (choice === 'theirs' || theirs.state !== 'draft') {
      this.forget(this.snapshot.yaml, this.snapshot.scenarios);
      this.update({ version: theirs, ...serverText(theirs), revision: this.snapshot.revision + 1, refused: null, saveState: { kind: 'saved', at: theirs.updatedAt } });
      return;
    }
    const { yaml, scenarios } = this.snapshot;
    // The user has seen their version: from now on ours is based on it.
    this.options.mirror.write({ yaml, scenarios, baseLockVersion: theirs.lockVersion, editedAt: this.now() });
    this.update({ version: theirs, saveState: { kind: 'pending' } });
    await this.saveNow();
  }

  /** The connection is back: send now rather than at the next retry. */
  online(): void {
    const kind = this.snapshot.saveState.kind;
    if (kind === 'offline' || kind === 'pending') void this.saveNow();
  }

  /**
   * The draft was deleted on the server: nothing more is sent (not even pending edits, which would answer 404) and
   * this browser's copy of it is dropped, so opening the studio again restores nothing of it.
   */
  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.discarded = true;
    this.options.mirror.clear();
  }

  /**
   * Starts the session's work on the page (the autosave of restored edits, the retry when the connection returns)
   * and returns how to stop it: what is pending is sent at once, so leaving the editor loses nothing.
   */
  attach(): () => void {
    this.disposed = false;
    if (this.snapshot.saveState.kind === 'pending' && this.editable && !this.timer && !this.inFlight) this.schedule(this.delayMs);
    const online = () => this.online();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (this.snapshot.saveState.kind === 'pending') void this.saveNow();
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.disposed = true;
    };
  }
}
