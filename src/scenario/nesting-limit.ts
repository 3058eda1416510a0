/**
 * Bounded documents: before a scenario file reaches the YAML or JSON parser
 * (which recurse once per level and would overflow, slowly, on thousands of
 * levels), one linear scan refuses nesting no scenario needs — more than
 * MAX_NESTING open brackets or braces, or a line indented more than
 * MAX_INDENT columns — with the line and column where it happens.
 */

/** A scenario needs about a dozen levels; this leaves room and stays far from any stack limit. */
export const MAX_NESTING = 64;
export const MAX_INDENT = 256;

export interface NestingProblem {
  line: number;
  column: number;
  message: string;
}

interface ScanState {
  depth: number;
  /** The quote character of a string still open, or null. */
  quote: string | null;
}

/** The first place where `source` nests too deeply, or undefined. Quotes and YAML comments are skipped. */
export function tooDeep(source: string, yaml: boolean): NestingProblem | undefined {
  const state: ScanState = { depth: 0, quote: null };
  const lines = source.split('\n');
  for (let n = 0; n < lines.length; n += 1) {
    const text = lines[n];
    const indent = text.search(/[^ ]/);
    if (state.quote === null && indent > MAX_INDENT)
      return {
        line: n + 1,
        column: indent + 1,
        message: `a line indented ${indent} columns: a scenario nests far less (at most ${MAX_INDENT})`,
      };
    const column = scanLine(text, yaml, state);
    if (column >= 0)
      return {
        line: n + 1,
        column: column + 1,
        message: `nesting deeper than ${MAX_NESTING} levels: a scenario needs about a dozen`,
      };
  }
  return undefined;
}

/** Scans one line, carrying quotes and depth in `state`; the column where the depth passes the limit, or -1. */
function scanLine(text: string, yaml: boolean, state: ScanState): number {
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (state.quote !== null) {
      if (ch === '\\' && state.quote === '"') i += 1;
      else if (ch === state.quote) state.quote = null;
    } else if (ch === '"' || (yaml && ch === "'")) state.quote = ch;
    else if (yaml && ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) return -1;
    else if (ch === '[' || ch === '{') {
      state.depth += 1;
      if (state.depth > MAX_NESTING) return i;
    } else if (ch === ']' || ch === '}') state.depth = Math.max(0, state.depth - 1);
  }
  return -1;
}
