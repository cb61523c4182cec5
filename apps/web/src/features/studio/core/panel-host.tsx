import { memo, useRef, type ComponentType } from 'react';
import { StudioDraftContext, type StudioDraft } from '../studio-draft.context';

/**
 * One tab's panel. A hidden panel keeps its state but sees the draft as it was when it was last shown, so it does
 * not render again at each keystroke in another panel or in the YAML pane; shown again, it gets the current draft.
 */
export const PanelHost = memo(function PanelHost({ Panel, draft, active }: { Panel: ComponentType; draft: StudioDraft; active: boolean }) {
  const seen = useRef(draft);
  if (active) seen.current = draft;
  return (
    <StudioDraftContext.Provider value={seen.current}>
      <Panel />
    </StudioDraftContext.Provider>
  );
}, (before, after) => before.Panel === after.Panel && before.active === after.active && (!after.active || before.draft === after.draft));
