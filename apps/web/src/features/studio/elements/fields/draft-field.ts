import { formatIssuePath, type PolicyIssue } from '@banfa/policy-model';
import { useStudioDraft, type DocumentPath, type StudioDraft } from '../../studio-draft.context';
import { getIn } from './draft-data';

export interface DraftField {
  draft: StudioDraft;
  value: unknown;
  issues: PolicyIssue[];
  editable: boolean;
  set(value: unknown): void;
  /** Tells the YAML pane where the user is. */
  focus(): void;
  /** The path as the validation names it (stages[0].steps[2].body): the field's test handle. */
  name: string;
}

export function useDraftField(path: DocumentPath): DraftField {
  const draft = useStudioDraft();
  return {
    draft,
    value: getIn(draft.data, path),
    issues: draft.issuesAt(path),
    editable: draft.editable,
    set: (value) => draft.setIn(path, value),
    focus: () => draft.setFocus(path),
    name: formatIssuePath(path),
  };
}
