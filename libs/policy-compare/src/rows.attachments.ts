import { citeText, type ColumnContext } from './column.context';
import type { CellEntry, Phase } from './comparison.types';
import { PHASE_LABEL, PHASES } from './phase.classify';
import type { RowCollector, RowSpec } from './row.collector';

type Share = 'common' | 'some' | 'only';

const SHARE_LABEL: Readonly<Record<Share, string>> = { common: '各办法共有', some: '部分办法共有', only: '仅本办法要求' };

/** A document's attachments by phase, each under its id. */
export type PhaseAttachments = Readonly<Record<Phase, ReadonlyArray<{ id: string; entry: CellEntry }>>>;

/**
 * The attachments of each phase as sets: those every column requires, those some columns share, and those only one
 * column requires. An attachment is the same across documents when its id is (acceptance-report, financial-report,
 * construction-summary …): attachments have no catalogue key, and their names differ in wording from text to text.
 */
export function attachmentRows(perColumn: ReadonlyArray<PhaseAttachments>, rows: RowCollector): void {
  const single = perColumn.length === 1;
  PHASES.forEach((phase, p) => {
    const counts = new Map<string, number>();
    perColumn.forEach((attachments) => new Set(attachments[phase].map((attachment) => attachment.id)).forEach((id) => counts.set(id, (counts.get(id) ?? 0) + 1)));
    const specs = (['common', 'some', 'only'] as const).map(
      (share, s): RowSpec => ({
        key: `attachments:${phase}:${share}`,
        kind: 'attachments',
        section: 'attachments',
        label: single ? `${PHASE_LABEL[phase]}材料` : `${PHASE_LABEL[phase]}材料：${SHARE_LABEL[share]}`,
        rank: p * 10 + s,
        signature: (entry) => entry.source.split('.').pop() ?? entry.source,
      }),
    );
    if (!single) specs.forEach((spec) => rows.declare(spec));
    perColumn.forEach((attachments, column) => {
      for (const { id, entry } of attachments[phase]) {
        const count = counts.get(id) ?? 0;
        const share: Share = single ? 'only' : count === perColumn.length ? 'common' : count > 1 ? 'some' : 'only';
        const spec = specs[share === 'common' ? 0 : share === 'some' ? 1 : 2];
        if (spec) rows.add(spec, column, entry);
      }
    });
  });
}

/** The attachments of a document, by the phase of their stage. */
export function phaseAttachments(ctx: ColumnContext): PhaseAttachments {
  const byPhase: Record<Phase, Array<{ id: string; entry: CellEntry }>> = { initiation: [], implementation: [], acceptance: [] };
  for (const stage of ctx.doc.stages) {
    const phase = ctx.phases.get(stage.id) ?? 'initiation';
    for (const attachment of stage.attachments) {
      byPhase[phase].push({
        id: attachment.id,
        entry: {
          source: `stages.${stage.id}.attachments.${attachment.id}`,
          name: attachment.name,
          value: { kind: 'element', id: attachment.id },
          text: `${attachment.name}${ctx.scope(attachment)}`,
          cite: attachment.cite,
          citeText: citeText(attachment.cite),
        },
      });
    }
  }
  return byPhase;
}
