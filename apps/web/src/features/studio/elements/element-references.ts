import { asRecord, asText, type DataRecord } from './fields/draft-data';

/**
 * How many places of the document name an element's id (a body in steps, a step in `after`, a fact in conditions):
 * deleting or renaming it leaves those places dangling, so the confirmation says so. A word match over the
 * document's data (ids are ASCII and the prose is Chinese, so a match is a reference in practice), less the
 * element's own mentions. The document is serialised once per counter, not once per element.
 */
export function referenceCounter(data: DataRecord): (element: unknown) => number {
  const whole = JSON.stringify(data);
  return (element) => {
    const record = asRecord(element);
    const id = asText(record['id']) || asText(record['key']);
    if (!id) return 0;
    const pattern = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    const count = (text: string) => text.match(pattern)?.length ?? 0;
    return count(whole) - count(JSON.stringify(element));
  };
}
