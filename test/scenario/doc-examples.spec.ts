import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, loadSeedData, packageRoot, parseScenarioSource } from '../../src/scenario/scenario-loader';

/** Every fenced YAML block of the README and of docs/ is a scenario a reader may copy: it must validate as written. */
const root = packageRoot();
const markdownFiles = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
];

function yamlBlocks(file: string): { file: string; line: number; source: string }[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: { file: string; line: number; source: string }[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const end = lines.findIndex((text, j) => j > i && text.startsWith('```'));
    if (end < 0) throw new Error(`${file}:${i + 1}: unterminated YAML block`);
    blocks.push({ file, line: i + 2, source: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

const blocks = markdownFiles.flatMap(yamlBlocks);

describe('YAML examples in the README and docs', () => {
  it('finds at least the README minimal scenario', () => {
    expect(blocks.some((block) => block.file === 'README.md')).toBe(true);
  });

  it('covers the author guide docs/scenarios.md: its override example and its worked example', () => {
    const guide = blocks.filter((block) => block.file === join('docs', 'scenarios.md')).map((b) => b.source);
    expect(guide.some((source) => /^id: spain-phones$/m.test(source))).toBe(true);
    expect(guide.some((source) => /^id: latam-pets$/m.test(source))).toBe(true);
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))('%s validates', (_where, block) => {
    const result = parseScenarioSource(block.source, 'yaml', block.file, loadSeedData());
    const errors = result.ok ? [] : result.errors.map(formatIssue);
    expect(errors).toEqual([]);
    // the author guide's examples are meant to be copied: not even a warning
    if (block.file === join('docs', 'scenarios.md'))
      expect(result.ok ? result.warnings.map(formatIssue) : []).toEqual([]);
  });
});
