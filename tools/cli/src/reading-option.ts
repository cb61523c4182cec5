import { applyReadings, checkReadingChoices, type PolicyDocument } from '@banfa/policy-model';

/** `--reading A3=parallel` (repeatable) → { A3: 'parallel' }; a malformed or repeated one is refused with the fix. */
export function parseReadings(pairs: ReadonlyArray<string>): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^(A\d+)=([^=\s]+)$/.exec(pair);
    if (!match) throw new Error(`解读应写成 设置=解读，例如 --reading A3=parallel，而不是“${pair}”`);
    const [, id = '', value = ''] = match;
    if (choices[id] !== undefined && choices[id] !== value) throw new Error(`歧义设置 ${id} 给了两个解读：“${choices[id]}”和“${value}”`);
    choices[id] = value;
  }
  return choices;
}

/** The document under the readings chosen on the command line (the others at the policy's own reading). */
export function withReadings(doc: PolicyDocument, pairs: ReadonlyArray<string>): { document: PolicyDocument; chosen: string[] } {
  const choices = parseReadings(pairs);
  const problems = checkReadingChoices(doc, choices);
  if (problems.length > 0) throw new Error(problems.join('；'));
  const document = applyReadings(doc, choices);
  const chosen = Object.entries(choices).map(([id, value]) => {
    const label = document.settings.find((setting) => setting.id === id)?.alternatives.find((alternative) => alternative.value === value)?.label;
    return `${id}=${value}${label ? `（${label}）` : ''}`;
  });
  return { document, chosen };
}
