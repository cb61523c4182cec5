import type { PolicyVersionView } from '@banfa/api-contract';
import type { LocalCopy } from './draft-mirror';

/** What the studio opens a version with. */
export type Opening =
  /** The server's text: nothing unsaved here. */
  | { kind: 'server'; yaml: string; scenarios: string }
  /** This browser's edits, made on the version the server still has: they were never saved; the autosave sends them. */
  | { kind: 'restored'; yaml: string; scenarios: string; editedAt: number }
  /** This browser's edits, but the server moved on since (someone else saved): the user chooses, nothing is overwritten. */
  | { kind: 'conflict'; yaml: string; scenarios: string; editedAt: number };

/** The server's text as the editor holds it (CodeMirror keeps `\n` line breaks). */
export function serverText(version: Pick<PolicyVersionView, 'yaml' | 'scenarios'>): { yaml: string; scenarios: string } {
  return { yaml: version.yaml.replace(/\r\n?/g, '\n'), scenarios: (version.scenarios ?? '').replace(/\r\n?/g, '\n') };
}

export function openDraft(version: PolicyVersionView, local: LocalCopy | null): Opening {
  const server = serverText(version);
  // A published version never changes: whatever this browser kept of it is moot.
  if (!local || version.state !== 'draft') return { kind: 'server', ...server };
  if (local.yaml === server.yaml && local.scenarios === server.scenarios) return { kind: 'server', ...server };
  const mine = { yaml: local.yaml, scenarios: local.scenarios, editedAt: local.editedAt };
  return local.baseLockVersion === version.lockVersion ? { kind: 'restored', ...mine } : { kind: 'conflict', ...mine };
}
