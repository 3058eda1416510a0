import { MAX_NESTING, tooDeep } from './nesting-limit';
import { parseSource } from './source-document';

describe('nesting limit of scenario documents', () => {
  it('refuses flow nesting beyond the limit at its line and column, in YAML and JSON alike', () => {
    const deep = `id: x\nmarkets: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(tooDeep(deep, true)).toEqual({
      line: 2,
      column: 'markets: '.length + MAX_NESTING + 1,
      message: expect.stringMatching(/nesting deeper than 64 levels/) as string,
    });
    const json = `{"a": ${'['.repeat(100)}${']'.repeat(100)}}`;
    expect(tooDeep(json, false)).toMatchObject({ line: 1, column: '{"a": '.length + MAX_NESTING });
    const r = parseSource(deep, 'yaml', 'deep.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ file: 'deep.yaml', line: 2, path: '' })]);
  });

  it('ignores brackets in quotes and comments, and lets an ordinary scenario through', () => {
    expect(tooDeep(`a: "${'['.repeat(100)}"\n# ${'{'.repeat(100)}\nb: [1, [2, {c: 3}]]\n`, true)).toBeUndefined();
    expect(tooDeep(`a: '${'['.repeat(100)}'\n`, true)).toBeUndefined();
  });

  it('refuses a line indented beyond any scenario', () => {
    expect(tooDeep(`a:\n${' '.repeat(300)}b: 1\n`, true)).toMatchObject({ line: 2, column: 301 });
  });
});
