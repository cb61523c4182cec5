import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { PolicyIssue } from './policy-issue';

/** 1-based, as editors count. */
export type YamlLocation = { line: number; column: number };

/**
 * A YAML text parsed as policy and scenario files are read (a key written twice is an error), with where each of its
 * paths is written, so that every issue can name its line and column.
 */
export class YamlLocator {
  private readonly lineCounter = new LineCounter();
  readonly doc: Document;

  constructor(text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lineCounter, uniqueKeys: true });
  }

  /**
   * Where a path is written: at the key when `atKey` (an unknown or misplaced key), else at the value, or at the
   * nearest enclosing element that exists (a missing key is shown at the map that lacks it).
   */
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

/** The text's YAML syntax errors, each at its line and column with how to fix the usual causes; none when it parses. */
export function yamlSyntaxIssues(yaml: YamlLocator): PolicyIssue[] {
  return yaml.doc.errors.map((error) => ({
    path: [],
    message: `YAML 语法错误：${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
    hint: '检查缩进、括号和引号是否成对；含英文逗号、冒号或 # 的文字请加引号',
    ...yaml.position(error.pos[0]),
  }));
}
