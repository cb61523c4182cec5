import '../../../no-eval.setup';
import { analysePolicy } from './policy-analysis';

/*
 * Parsing and validating a whole regulation takes 50–150 ms: done here, off the page's thread, typing in the YAML
 * pane never waits for it. One request at a time comes from the page (the latest text), one answer goes back.
 */
// The web's types are the page's (DOM); a worker's scope has the same two members used here.
const scope = self as unknown as { onmessage: ((event: MessageEvent<{ id: number; text: string }>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const { id, text } = event.data;
  scope.postMessage({ id, analysis: analysePolicy(text) });
};
