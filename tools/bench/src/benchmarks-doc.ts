/**
 * docs/benchmarks.md is shared: each benchmark writes its figures between its own markers, each alone on its line,
 * `<!-- <name>:start -->` … `<!-- <name>:end -->`, and keeps every other benchmark's section exactly as it found it.
 * The runtime bench owns the rest of the file (its heading and preamble).
 */

/** One marked section as found in the file, its markers included. */
export interface MarkedSection {
  name: string;
  text: string;
}

const NAME = '[a-z0-9][a-z0-9-]*';
/** A start marker alone on its line (a marker quoted in a sentence is text, not a section). */
const START = new RegExp(`^<!-- (${NAME}):start -->[ \\t\\r]*$`, 'gm');

/** A section's markers around its content. */
export function sectionBlock(name: string, content: string): string {
  if (!new RegExp(`^${NAME}$`).test(name)) throw new Error(`section name “${name}” should be lowercase letters, digits and hyphens`);
  return `<!-- ${name}:start -->\n${content.trim()}\n<!-- ${name}:end -->`;
}

/**
 * The marked sections of a file, in order. A start marker without its end marker, a section inside another or
 * one name used twice is refused with the line to fix: guessing where a section ends could lose someone's figures.
 */
export function markedSections(text: string): MarkedSection[] {
  const sections: MarkedSection[] = [];
  const seen = new Set<string>();
  let from = 0;
  for (const start of text.matchAll(START)) {
    const index = start.index;
    if (index < from) throw new Error(`${where(text, index)}: <!-- ${start[1]}:start --> lies inside another section; move it out`);
    const name = start[1] as string;
    const endMarker = `<!-- ${name}:end -->`;
    const end = new RegExp(`^${endMarker}[ \\t\\r]*$`, 'm').exec(text.slice(index));
    if (!end) throw new Error(`${where(text, index)}: <!-- ${name}:start --> has no ${endMarker} on a line of its own; add it where the section ends`);
    if (seen.has(name)) throw new Error(`${where(text, index)}: a second section “${name}”; keep one`);
    seen.add(name);
    from = index + end.index + endMarker.length;
    sections.push({ name, text: text.slice(index, from) });
  }
  return sections;
}

/**
 * The whole file as the runtime bench writes it: its preamble, then the sections in the order the file had them —
 * its own (`own`, named `name`) replaced, every other one verbatim. Its own goes first when the file had none.
 */
export function ownedDocument(existing: string | undefined, preamble: string, name: string, own: string): string {
  const sections = existing === undefined ? [] : markedSections(existing);
  const block = sectionBlock(name, own);
  const blocks = sections.some((section) => section.name === name)
    ? sections.map((section) => (section.name === name ? block : section.text))
    : [block, ...sections.map((section) => section.text)];
  return `${[preamble.trim(), ...blocks].join('\n\n')}\n`;
}

/** Another benchmark's section written into the file: replaced where it is, or added at the end; the rest untouched. */
export function withSection(existing: string | undefined, name: string, content: string): string {
  const block = sectionBlock(name, content);
  if (existing === undefined || existing.trim() === '') return `${block}\n`;
  const found = markedSections(existing).find((section) => section.name === name);
  if (found) return existing.replace(found.text, () => block);
  return `${existing.trimEnd()}\n\n${block}\n`;
}

function where(text: string, index: number): string {
  return `docs/benchmarks.md:${text.slice(0, index).split('\n').length}`;
}
