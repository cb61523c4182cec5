import { anchorText, BODY_CATALOGUE, DEADLINE_ANCHORS, PROJECT_EVENT_KINDS } from '@banfa/policy-model';
import { asList, asRecord, asText, type DataRecord } from './draft-data';
import type { Choice, ChoiceGroup } from './select.field';

/** The choices a field offers, read from the document as it stands (so a body added a moment ago is offered). */
export function bodyChoices(data: DataRecord): Choice[] {
  return asList(data['bodies']).map((item) => {
    const body = asRecord(item);
    const id = asText(body['id']);
    return { value: id, label: `${asText(body['name']) || id}（${id}）` };
  });
}

export function trackChoices(data: DataRecord): Choice[] {
  return asList(data['tracks']).map((item) => {
    const track = asRecord(item);
    const id = asText(track['id']);
    return { value: id, label: `${asText(track['name']) || id}（${id}）` };
  });
}

export function formChoices(data: DataRecord): Choice[] {
  return asList(data['forms']).map((item) => {
    const form = asRecord(item);
    const id = asText(form['id']);
    return { value: id, label: `${asText(form['title']) || id}（${id}）` };
  });
}

export function settingChoices(data: DataRecord): Choice[] {
  return asList(data['settings']).map((item) => {
    const setting = asRecord(item);
    const id = asText(setting['id']);
    const question = asText(setting['question']);
    return { value: id, label: `${id} ${question.length > 30 ? `${question.slice(0, 30)}…` : question}` };
  });
}

/** Every step, grouped by its stage; `except` leaves one out (a step cannot come after itself). */
export function stepChoices(data: DataRecord, except?: string): ChoiceGroup[] {
  return asList(data['stages']).map((item) => {
    const stage = asRecord(item);
    return {
      label: asText(stage['name']) || asText(stage['id']),
      options: asList(stage['steps'])
        .map((step) => asRecord(step))
        .filter((step) => asText(step['id']) !== except)
        .map((step) => ({ value: asText(step['id']), label: `${asText(step['name']) || asText(step['id'])}（${asText(step['id'])}）` })),
    };
  });
}

export function catalogueChoices(): Choice[] {
  return Object.entries(BODY_CATALOGUE).map(([key, label]) => ({ value: key, label: `${label}（${key}）` }));
}

/** The steps completed by an event, so an anchor names what happens then (合同签订：签订合同 环节完成). */
function stepsDoneOn(data: DataRecord): Map<string, string[]> {
  const done = new Map<string, string[]>();
  for (const stage of asList(data['stages'])) {
    for (const item of asList(asRecord(stage)['steps'])) {
      const step = asRecord(item);
      const event = asText(step['doneOn']);
      if (event) done.set(event, [...(done.get(event) ?? []), asText(step['name'])]);
    }
  }
  return done;
}

/** What a period counts from: the step's own start, or a project event (with the steps that event completes). */
export function anchorChoices(data: DataRecord): ChoiceGroup[] {
  const done = stepsDoneOn(data);
  const event = (kind: string): Choice => {
    const steps = done.get(kind);
    return { value: kind, label: `${anchorText(kind)}${steps ? `（${steps.join('、')}完成）` : ''}` };
  };
  return [
    { label: '本环节', options: [{ value: 'started', label: `${anchorText('started')}（本环节开始之日）` }] },
    { label: '项目事件', options: DEADLINE_ANCHORS.filter((anchor) => anchor !== 'started').map(event) },
  ];
}

export function eventChoices(data: DataRecord): Choice[] {
  return anchorChoices(data)[1]?.options.filter((choice) => (PROJECT_EVENT_KINDS as ReadonlyArray<string>).includes(choice.value)) ?? [];
}

export function labelled<K extends string>(labels: Readonly<Record<K, string>>): Choice[] {
  return Object.entries<string>(labels).map(([value, label]) => ({ value, label }));
}
