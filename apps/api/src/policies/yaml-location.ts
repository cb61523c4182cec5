import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export type YamlLocation = { line: number; column: number };

/**
 * Finds where a path of a parsed YAML text is written (1-based line and column), for messages that point at the
 * text: at the key when `atKey` (an unknown or misplaced key), else at the value, or at the nearest enclosing
 * element that exists (a missing key is shown at the map that lacks it).
 */
export class YamlLocator {
  private readonly lineCounter = new LineCounter();
  readonly doc: Document;

  constructor(text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lineCounter, uniqueKeys: true });
  }

  locate(path: ReadonlyArray<PropertyKey>, atKey = false): YamlLocation | undefined {
    const parts = path.filter((part): part is string | number => typeof part !== 'symbol');
    const last = parts.at(-1);
    if (atKey && typeof last === 'string') {
      const parent = this.doc.getIn(parts.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return this.position(range[0]);
      }
    }
    for (let depth = parts.length; depth >= 0; depth--) {
      const node = this.doc.getIn(parts.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return this.position(node.range[0]);
    }
    return undefined;
  }

  /** The position of a character offset (yaml's error positions are offsets too). */
  position(offset: number): YamlLocation {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
}

/** "第 3 行第 7 列" — how messages name a place in text sent without a file name. */
export function lineAndColumn(location: YamlLocation): string {
  return `第 ${location.line} 行第 ${location.column} 列`;
}
