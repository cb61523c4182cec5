import type { PublishOverlapView, PublishPolicyRequest } from '@banfa/api-contract';
import type { PolicyDocument } from '@banfa/policy-model';
import type { PolicyVersionEntity } from '../database/entities';
import { dayBefore, describeWindow, windowsOverlap, type EffectiveWindow } from './effective-window';

/** The dates of a publication; `endPrevious` ends the previous open-ended version instead of refusing the overlap. */
export type PublishRequest = Pick<PublishPolicyRequest, 'effectiveFrom' | 'effectiveTo' | 'endPrevious'>;

/** A published version of the same policy whose period the new one overlaps, and what publishing does about it. */
export type PublishOverlap = PublishOverlapView;

type Sibling = Pick<PolicyVersionEntity, 'id' | 'versionLabel' | 'effectiveFrom' | 'effectiveTo'>;

export interface PublicationPlan {
  /** The content as it will be frozen: the draft's, with `effective.from/to` set to the published dates. */
  document: PolicyDocument;
  overlaps: PublishOverlap[];
  warnings: string[];
}

/**
 * What publishing a draft with these dates would do, decided from the draft and the published versions of its
 * policy. Versions of one policy never overlap in effect: an overlap is refused, except that `endPrevious`
 * ends the previous open-ended version that started earlier (its end date may be set once, by the database's
 * guard too). Pure: the service loads the rows and applies the plan.
 *
 * The dates go into the content before its hash is fixed (decision): the published document states its own
 * period, an export carries it, and the runtime's applicability check reads the same dates as the platform.
 * Only an end set later by a successor lives in the row alone (content is frozen); `effectiveDocument` applies it.
 */
export function planPublication(
  draft: Pick<PolicyVersionEntity, 'content'>,
  siblings: ReadonlyArray<Sibling>,
  request: PublishRequest,
): PublicationPlan {
  const window: EffectiveWindow = { from: request.effectiveFrom, to: request.effectiveTo ?? null };
  const overlaps = siblings
    .filter((sibling) => windowsOverlap({ from: sibling.effectiveFrom, to: sibling.effectiveTo }, window))
    .map((sibling) => overlap(sibling, request));
  const { content } = draft;
  const { from: _from, to: _to, ...rest } = content.effective;
  const document: PolicyDocument = {
    ...content,
    effective: { ...rest, from: request.effectiveFrom, ...(request.effectiveTo ? { to: request.effectiveTo } : {}) },
  };
  return { document, overlaps, warnings: warnings(content, request) };
}

function overlap(sibling: Sibling, request: PublishRequest): PublishOverlap {
  const existing = { from: sibling.effectiveFrom, to: sibling.effectiveTo };
  const { effectiveFrom, effectiveTo } = sibling;
  const base = { versionId: sibling.id, label: sibling.versionLabel, effectiveFrom, effectiveTo };
  const period = `版本“${sibling.versionLabel}”（${sibling.id}）的施行期间为 ${describeWindow(existing)}`;
  const endable = sibling.effectiveTo === null && (sibling.effectiveFrom === null || sibling.effectiveFrom < request.effectiveFrom);
  if (endable && request.endPrevious) {
    const newEffectiveTo = dayBefore(request.effectiveFrom);
    return { ...base, resolution: 'end-previous', newEffectiveTo, message: `${period}；发布后其施行期间截至 ${newEffectiveTo}` };
  }
  const fix = endable
    ? `如新版本取代它，请勾选“结束上一版本”（endPrevious），其施行期间将截至 ${dayBefore(request.effectiveFrom)}`
    : '请调整新版本的施行日期或截止日期，使两个版本的施行期间不重叠';
  return { ...base, resolution: 'conflict', message: `${period}，与新版本重叠；${fix}` };
}

function warnings(content: PolicyDocument, request: PublishRequest): string[] {
  const result: string[] = [];
  const { from, to } = content.effective;
  if ((from !== undefined && from !== request.effectiveFrom) || (to !== undefined && to !== request.effectiveTo)) {
    const written = describeWindow({ from: from ?? null, to: to ?? null });
    const published = describeWindow({ from: request.effectiveFrom, to: request.effectiveTo ?? null });
    result.push(`文件中写明的施行期间为 ${written}，发布时将改为 ${published}；请确认与正式印发的文本一致`);
  }
  if (content.status === 'consultation-draft') {
    result.push('文件状态为“征求意见稿”：发布后计算结果仍会提示“尚未生效、仅供参考”；如已正式印发，请先把 status 改为正式状态再发布');
  }
  return result;
}
