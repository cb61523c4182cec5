import { formatCitation } from './citation';
import { anchorText } from './describe';
import type { Deadline, PolicyAttachment, PolicyDocument, PolicyStage, PolicyStep, PolicyTrack } from './policy-document.schema';
import type { ChangeCollector, ElementSpec } from './policy-diff.collector';
import { asSet, formField, nameField, onlyTracks, settingsField, summaryOf, tracksField } from './policy-diff.fields';
import { matchByKey } from './policy-diff.match';

/** A step or attachment with the stage it sits in: steps are matched across stages, by id. */
type Staged<T> = T & { stage: string };

const TRACK: ElementSpec<PolicyTrack> = {
  ref: (track) => ({
    element: 'track',
    kind: 'track',
    id: track.id,
    path: `tracks[${track.id}]`,
    label: `管理方式“${track.name}”`,
    name: track.name,
    citeText: formatCitation(track.cite),
  }),
  fields: [nameField(), { key: 'when', label: '条件', condition: (track) => track.when }, settingsField()],
  cite: (track) => track.cite,
  summary: (track, side) => (track.when ? `条件：${side.condition(track.when)}` : '其他情形'),
};

const STAGE: ElementSpec<PolicyStage> = {
  ref: (stage) => ({
    element: 'stage',
    kind: 'stage',
    id: stage.id,
    path: `stages[${stage.id}]`,
    label: `阶段“${stage.name}”`,
    name: stage.name,
    citeText: formatCitation(stage.cite),
  }),
  fields: [nameField()],
  cite: (stage) => stage.cite,
};

const STEP: ElementSpec<Staged<PolicyStep>> = {
  ref: (step) => ({
    element: 'step',
    kind: 'step',
    id: step.id,
    path: `steps[${step.id}]`,
    label: `步骤“${step.name}”`,
    name: step.name,
    citeText: formatCitation(step.cite),
  }),
  fields: [
    nameField(),
    { key: 'stage', label: '所属阶段', value: (step) => step.stage, text: (step, side) => side.stage(step.stage) },
    { key: 'body', label: '审查机构', kind: 'body', value: (step) => step.body, text: (step, side) => side.body(step.body) },
    tracksField(),
    { key: 'when', label: '条件', condition: (step) => step.when },
    // The order steps are listed in carries no meaning; what comes before what is `after`.
    { key: 'after', label: '前置步骤', value: (step) => asSet(step.after), text: (step, side) => side.steps(step.after) },
    { key: 'deadline', label: '期限', kind: 'deadline', value: (step) => deadlineValue(step.deadline), text: (step, side) => step.deadline && side.deadline(step.deadline) },
    { key: 'doneOn', label: '完成事件', value: (step) => step.doneOn, text: (step) => step.doneOn && anchorText(step.doneOn) },
    formField(),
    settingsField(),
  ],
  cite: (step) => step.cite,
  summary: (step, side) =>
    summaryOf(
      side.body(step.body),
      onlyTracks(step.tracks, (id) => side.track(id)),
      step.when && `条件：${side.condition(step.when)}`,
      step.after.length > 0 && `在${side.steps(step.after)}之后`,
      step.deadline && side.deadline(step.deadline),
    ),
};

const ATTACHMENT: ElementSpec<Staged<PolicyAttachment>> = {
  ref: (attachment) => ({
    element: 'attachment',
    kind: 'attachment',
    id: attachment.id,
    path: `attachments[${attachment.id}]`,
    label: `材料“${attachment.name}”`,
    name: attachment.name,
    citeText: formatCitation(attachment.cite),
  }),
  fields: [
    nameField(),
    { key: 'stage', label: '所属阶段', value: (attachment) => attachment.stage, text: (attachment, side) => side.stage(attachment.stage) },
    tracksField(),
    { key: 'when', label: '条件', condition: (attachment) => attachment.when },
    formField(),
    settingsField(),
  ],
  cite: (attachment) => attachment.cite,
  summary: (attachment, side) =>
    summaryOf(
      side.stage(attachment.stage),
      onlyTracks(attachment.tracks, (id) => side.track(id)),
      attachment.when && `条件：${side.condition(attachment.when)}`,
      attachment.form && `表单：${side.form(attachment.form)}`,
    ),
};

/** Tracks, stages, steps and attachments: the procedure a project goes through. */
export function diffProcess(collector: ChangeCollector): void {
  const [before, after] = [collector.before.doc, collector.after.doc];
  collector.elements(matchByKey(before.tracks, after.tracks, (track) => track.id), TRACK);
  diffTrackOrder(collector);
  collector.elements(matchByKey(before.stages, after.stages, (stage) => stage.id), STAGE);
  collector.elements(matchByKey(steps(before), steps(after), (step) => step.id), STEP);
  collector.elements(matchByKey(attachments(before), attachments(after), (attachment) => attachment.id), ATTACHMENT);
}

/** The first track whose condition holds is chosen, so unlike steps, the order of tracks is a rule. */
function diffTrackOrder(collector: ChangeCollector): void {
  const [before, after] = [collector.before.doc.tracks, collector.after.doc.tracks];
  const common = (tracks: ReadonlyArray<PolicyTrack>, other: ReadonlyArray<PolicyTrack>) =>
    tracks.filter((track) => other.some((o) => o.id === track.id)).map((track) => track.id);
  const [order, reordered] = [common(before, after), common(after, before)];
  if (order.join() === reordered.join()) return;
  const ref = { element: 'track', kind: 'track', id: 'tracks', path: 'tracks', label: '管理方式', name: '管理方式', citeText: '' } as const;
  collector.field(
    ref,
    { key: 'order', label: '判断顺序（取第一个条件成立者）' },
    order.map((id) => collector.before.track(id)).join('、'),
    reordered.map((id) => collector.after.track(id)).join('、'),
  );
}

function deadlineValue(deadline: Deadline | undefined): unknown {
  return deadline && { ...deadline, settings: asSet(deadline.settings) };
}

function steps(doc: PolicyDocument): Array<Staged<PolicyStep>> {
  return doc.stages.flatMap((stage) => stage.steps.map((step) => ({ ...step, stage: stage.id })));
}

function attachments(doc: PolicyDocument): Array<Staged<PolicyAttachment>> {
  return doc.stages.flatMap((stage) => stage.attachments.map((attachment) => ({ ...attachment, stage: stage.id })));
}
