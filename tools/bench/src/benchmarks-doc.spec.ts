import { describe, expect, it } from 'vitest';
import { markedSections, ownedDocument, withSection } from './benchmarks-doc';

const designer = ['<!-- designer-bench:start -->', '## Designer', '', '| step | ms |', '| --- | ---: |', '| drag  | 4.2 |  ', '<!-- designer-bench:end -->'].join('\n');
const api = '<!-- api-comparison-bench:start -->\n## Api\n\nold figures\n<!-- api-comparison-bench:end -->';

describe('docs/benchmarks.md sections', () => {
  it('keeps every section another benchmark wrote verbatim, where it was, when the runtime bench rewrites the file', () => {
    const before = `# Benchmarks\n\nold preamble\n\n<!-- runtime-bench:start -->\nold runtime figures\n<!-- runtime-bench:end -->\n\n${designer}\n\nstray text\n\n${api}\n`;
    const after = ownedDocument(before, '# Benchmarks\n\nnew preamble', 'runtime-bench', '## Runtime\n\nnew figures');
    expect(after).toBe(
      `# Benchmarks\n\nnew preamble\n\n<!-- runtime-bench:start -->\n## Runtime\n\nnew figures\n<!-- runtime-bench:end -->\n\n${designer}\n\n${api}\n`,
    );
    expect(markedSections(after).find((section) => section.name === 'designer-bench')?.text).toBe(designer);
  });

  it('keeps the others’ order and puts its own section first in a file that has none (the old unmarked file)', () => {
    const after = ownedDocument(`# Benchmarks\n\nunmarked old figures\n\n${api}\n\n${designer}\n`, '# Benchmarks', 'runtime-bench', 'figures');
    expect(after).toBe(`# Benchmarks\n\n<!-- runtime-bench:start -->\nfigures\n<!-- runtime-bench:end -->\n\n${api}\n\n${designer}\n`);
    expect(ownedDocument(undefined, '# Benchmarks', 'runtime-bench', 'figures')).toBe('# Benchmarks\n\n<!-- runtime-bench:start -->\nfigures\n<!-- runtime-bench:end -->\n');
  });

  it('writes another benchmark’s section in place, or at the end, leaving everything else as it was', () => {
    const file = `# Benchmarks\n\nintro $& text\n\n${api}\n\n${designer}\n`;
    expect(withSection(file, 'api-comparison-bench', 'new $1 figures')).toBe(
      `# Benchmarks\n\nintro $& text\n\n<!-- api-comparison-bench:start -->\nnew $1 figures\n<!-- api-comparison-bench:end -->\n\n${designer}\n`,
    );
    expect(withSection('# Benchmarks\n', 'api-comparison-bench', 'figures')).toBe('# Benchmarks\n\n<!-- api-comparison-bench:start -->\nfigures\n<!-- api-comparison-bench:end -->\n');
    expect(withSection(undefined, 'api-comparison-bench', 'figures')).toBe('<!-- api-comparison-bench:start -->\nfigures\n<!-- api-comparison-bench:end -->\n');
  });

  it('takes a marker quoted in a sentence for text, not a section: only a marker alone on its line counts', () => {
    const quoted = 'Sections are marked `<!-- <name>:start -->` or, say, `<!-- runtime-bench:start -->` in prose.\n<!-- designer-bench:start --> trailing words\n';
    expect(markedSections(`${quoted}\n${designer}\n`)).toEqual([{ name: 'designer-bench', text: designer }]);
    expect(ownedDocument(`${quoted}\n${designer}\n`, '# Benchmarks', 'runtime-bench', 'figures')).toBe(
      `# Benchmarks\n\n<!-- runtime-bench:start -->\nfigures\n<!-- runtime-bench:end -->\n\n${designer}\n`,
    );
  });

  it('refuses a section whose end marker is missing, naming the line, rather than guess where it ends', () => {
    const broken = `# Benchmarks\n\n<!-- designer-bench:start -->\n## Designer\n`;
    expect(() => ownedDocument(broken, '# Benchmarks', 'runtime-bench', 'figures')).toThrow(
      'docs/benchmarks.md:3: <!-- designer-bench:start --> has no <!-- designer-bench:end --> on a line of its own; add it where the section ends',
    );
    expect(() => withSection(broken, 'api-comparison-bench', 'figures')).toThrow('has no <!-- designer-bench:end -->');
    expect(() => markedSections(`${designer}\n${designer}`)).toThrow('a second section “designer-bench”');
  });
});
