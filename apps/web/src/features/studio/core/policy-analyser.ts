import { analysePolicy, type PolicyAnalysis } from './policy-analysis';

/**
 * Analyses the latest text, never a backlog: one request is worked on at a time and, when it is done, only the
 * newest text asked for meanwhile goes next. Typing faster than a parse therefore costs nothing but a later answer.
 */
export interface PolicyAnalyser {
  request(text: string): void;
  dispose(): void;
}

/** Where the main thread has to parse (no Worker), it waits for a pause in typing rather than stalling each keystroke. */
const INLINE_PAUSE_MS = 300;

function inlineAnalyser(onResult: (analysis: PolicyAnalysis) => void): PolicyAnalyser {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: string | null = null;
  return {
    request(text) {
      latest = text;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (latest !== null) onResult(analysePolicy(latest));
      }, INLINE_PAUSE_MS);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      latest = null;
    },
  };
}

function workerAnalyser(worker: Worker, onResult: (analysis: PolicyAnalysis) => void, onFailure: () => void): PolicyAnalyser {
  let busy = false;
  let next: string | null = null;
  let sequence = 0;
  const send = (text: string) => {
    busy = true;
    sequence += 1;
    worker.postMessage({ id: sequence, text });
  };
  worker.onmessage = (event: MessageEvent<{ id: number; analysis: PolicyAnalysis }>) => {
    busy = false;
    onResult(event.data.analysis);
    if (next !== null) {
      const text = next;
      next = null;
      send(text);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    onFailure();
  };
  return {
    request(text) {
      if (busy) next = text;
      else send(text);
    },
    dispose() {
      worker.terminate();
    },
  };
}

/** A Worker where the browser has one (the page's CSP allows workers from 'self'), else the main thread. */
export function createPolicyAnalyser(onResult: (analysis: PolicyAnalysis) => void): PolicyAnalyser {
  let current: PolicyAnalyser;
  let lastRequested: string | null = null;
  try {
    if (typeof Worker === 'undefined') throw new Error('no Worker');
    const worker = new Worker(new URL('./policy-analysis.worker.ts', import.meta.url), { type: 'module', name: 'policy-analysis' });
    current = workerAnalyser(worker, onResult, () => {
      // A worker that cannot start (an old browser, a blocked script): the main thread takes over.
      current = inlineAnalyser(onResult);
      if (lastRequested !== null) current.request(lastRequested);
    });
  } catch {
    current = inlineAnalyser(onResult);
  }
  return {
    request(text) {
      // The same text asked for twice (at the keystroke and when the panels hear of it) is analysed once.
      if (text === lastRequested) return;
      lastRequested = text;
      current.request(text);
    },
    dispose() {
      current.dispose();
    },
  };
}
