import type { ProjectView } from '@banfa/api-contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/http';
import { clearDraft, loadDraft, saveDraft } from '../../pages/draft-storage';

export interface DraftValues {
  formValues: Record<string, unknown>;
  factAnswers: Record<string, unknown>;
}

/** What this browser keeps of a draft: the values and the server version they were edited on. */
export interface LocalDraft {
  values: DraftValues;
  baseLockVersion: number;
  savedAt: number;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline'; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'invalid'; message: string };

const DEBOUNCE_MS = 800;
const RETRY_MS = 5000;
/** A save unanswered this long is treated as a lost connection: kept here, retried. */
const SAVE_TIMEOUT_MS = 8000;

export function localKey(projectId: string | null, userId: string, versionId: string): string {
  return projectId ? `project:${projectId}` : `new:${userId}:${versionId}`;
}

/**
 * Which values to open a draft with: this browser's when they were edited on the version the server still has
 * (a save that never arrived: a reload or a lost connection), else the server's.
 */
export function valuesToOpen(server: { values: DraftValues; lockVersion: number } | null, local: LocalDraft | null): { values: DraftValues; restored: boolean } {
  if (local && (!server || local.baseLockVersion === server.lockVersion)) {
    const restored = !server || JSON.stringify(local.values) !== JSON.stringify(server.values);
    return { values: local.values, restored };
  }
  return { values: server?.values ?? { formValues: {}, factAnswers: {} }, restored: false };
}

/**
 * Autosave of a project draft: every change is kept in this browser at once and sent to the server shortly after
 * (the first send creates the draft), one request at a time, with the lock version the server last gave. A lost
 * connection retries; a save by someone else (409) stops and says so — never a silent overwrite.
 */
export function useDraftAutosave(options: {
  projectId: string | null;
  lockVersion: number;
  userId: string;
  versionId: string;
  onSaved: (view: ProjectView) => void;
}) {
  const state = useRef({ projectId: options.projectId, lockVersion: options.lockVersion, pending: null as DraftValues | null, inFlight: null as Promise<void> | null });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // A conflict stops autosaving until the page reloads the server's draft.
  const conflict = useRef(false);
  const onSaved = useRef(options.onSaved);
  onSaved.current = options.onSaved;
  const key = () => localKey(state.current.projectId, options.userId, options.versionId);

  const send = useCallback(async (): Promise<void> => {
    const current = state.current;
    if (current.inFlight) return current.inFlight;
    const values = current.pending;
    if (!values) return;
    current.pending = null;
    setSaveState({ kind: 'saving' });
    let sent = false;
    current.inFlight = (async () => {
      try {
        const view = current.projectId
          ? await api<ProjectView>(`/projects/${current.projectId}`, { method: 'PUT', body: { ...values, lockVersion: current.lockVersion }, timeoutMs: SAVE_TIMEOUT_MS })
          : await api<ProjectView>('/projects', { method: 'POST', body: { policyVersionId: options.versionId, ...values }, timeoutMs: SAVE_TIMEOUT_MS });
        if (!current.projectId) clearDraft(localKey(null, options.userId, options.versionId));
        current.projectId = view.id;
        current.lockVersion = view.lockVersion;
        if (current.pending === null) clearDraft(localKey(view.id, options.userId, options.versionId));
        sent = true;
        setSaveState({ kind: 'saved', at: new Date() });
        onSaved.current(view);
      } catch (error) {
        current.pending = current.pending ?? values;
        if (error instanceof ApiError && error.status === 409) {
          conflict.current = true;
          setSaveState({ kind: 'conflict', message: error.message });
          current.pending = null;
          return;
        }
        if (error instanceof ApiError && error.status === 400) {
          setSaveState({ kind: 'invalid', message: error.message });
          return;
        }
        setSaveState({ kind: 'offline', message: error instanceof ApiError && error.status === 0 ? '网络中断：内容已保存在本机，恢复连接后自动保存' : `暂未保存到服务器（${error instanceof Error ? error.message : '未知错误'}），内容已保存在本机，稍后自动重试` });
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void send(), RETRY_MS);
      } finally {
        current.inFlight = null;
      }
    })();
    await current.inFlight;
    // Changes made while this save was on its way go next; after a failure only the retry timer sends again.
    if (sent && current.pending && !conflict.current) return send();
  }, [options.userId, options.versionId]);

  const change = useCallback(
    (values: DraftValues) => {
      const current = state.current;
      saveDraft(key(), { values, baseLockVersion: current.lockVersion, savedAt: Date.now() } satisfies LocalDraft);
      if (conflict.current) return;
      current.pending = values;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), DEBOUNCE_MS);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [send],
  );

  /** Sends what is pending now (before submitting) and resolves with the draft's id and lock version. */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    await send();
    // What was typed while that save was on its way.
    if (state.current.pending) await send();
    if (conflict.current) throw new ApiError(409, { code: 'conflict', message: '草稿已在别处被修改，请载入最新内容后再提交', details: [] });
    if (state.current.pending) throw new ApiError(0, { code: 'network', message: '最新的填写内容还没有保存到服务器（已保存在本机），请检查网络后再提交', details: [] });
    return { projectId: state.current.projectId, lockVersion: state.current.lockVersion };
  }, [send]);

  useEffect(() => {
    const online = () => void send();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [send]);

  return { saveState, change, flush, loadLocal: () => loadDraft<LocalDraft>(key()) };
}
