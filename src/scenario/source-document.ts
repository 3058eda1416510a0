import { tooDeep } from './nesting-limit';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { findJsonSyntaxError } from './json-syntax';
import type { ScenarioIssue, ValuePath } from './scenario-issue';

export type SourceFormat = 'yaml' | 'json';

export interface Position {
  line: number;
  column: number;
}

/** A parsed file: its plain value and the position of any path in it. */
export interface SourceDocument {
  file: string;
  value: unknown;
  /** Position of the deepest node along `path` (its key when `atKey`). */
  locate(path: ValuePath, atKey?: boolean): Position;
  /** Whether every segment of `path` exists in the file. */
  has(path: ValuePath): boolean;
}

export type SourceParseResult = { ok: true; document: SourceDocument } | { ok: false; errors: ScenarioIssue[] };

const MAX_ALIASES = 100;

/** Parses YAML or strict JSON; syntax errors come back with their position. */
export function parseSource(source: string, format: SourceFormat, file: string): SourceParseResult {
  const deep = tooDeep(source, format !== 'json');
  if (deep)
    return { ok: false, errors: [{ file, line: deep.line, column: deep.column, path: '', message: deep.message }] };
  return format === 'json' ? parseJson(source, file) : parseYaml(source, file);
}

function parseYaml(source: string, file: string): SourceParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
        return { file, line: pos.line, column: pos.col, path: '', message: plainYamlMessage(error.message) };
      }),
    };
  }
  return toDocument(doc, lineCounter, file);
}

function parseJson(source: string, file: string): SourceParseResult {
  const syntax = findJsonSyntaxError(source);
  if (syntax) {
    const pos = positionOfOffset(source, syntax.offset);
    return { ok: false, errors: [{ file, ...pos, path: '', message: `JSON syntax error: ${syntax.message}` }] };
  }
  const lineCounter = new LineCounter();
  // After a successful scan every tab is insignificant whitespace; YAML (used
  // here only to find positions) dislikes tabs, spaces keep every offset.
  const doc = parseDocument(source.replace(/\t/g, ' '), { lineCounter, uniqueKeys: false });
  const located = toDocument(doc, lineCounter, file);
  if (!located.ok) return located;
  const value: unknown = JSON.parse(source);
  return { ok: true, document: { ...located.document, value } };
}

function toDocument(doc: Document, lineCounter: LineCounter, file: string): SourceParseResult {
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message }] };
  }
  const where = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return {
    ok: true,
    document: {
      file,
      value,
      locate: (path, atKey = false) => where(offsetOf(doc, path, atKey)),
      has: (path) => walk(doc, path).complete,
    },
  };
}

interface Walked {
  node: Node | null;
  key: Node | null;
  complete: boolean;
}

function walk(doc: Document, path: ValuePath): Walked {
  let current: Walked = { node: asNode(doc.contents), key: null, complete: true };
  for (const segment of path) {
    const next = step(doc, current.node, segment);
    if (!next) return { ...current, complete: false };
    current = { ...next, complete: true };
  }
  return current;
}

function step(doc: Document, node: Node | null, segment: string | number): Omit<Walked, 'complete'> | null {
  const target = node && isAlias(node) ? asNode(node.resolve(doc)) : node;
  if (isSeq(target) && typeof segment === 'number') {
    const item = asNode(target.items[segment]);
    return item ? { node: item, key: null } : null;
  }
  if (isMap(target)) {
    for (const pair of target.items) {
      if (!isPair(pair)) continue;
      const key = asNode(pair.key);
      if (key && isScalar(key) && String(key.value) === String(segment)) {
        return { node: asNode(pair.value) ?? key, key };
      }
    }
  }
  return null;
}

function asNode(value: unknown): Node | null {
  if (value && typeof value === 'object' && 'range' in value) return value as Node;
  return null;
}

function offsetOf(doc: Document, path: ValuePath, atKey: boolean): number {
  const walked = walk(doc, path);
  const node = atKey && walked.complete && walked.key ? walked.key : walked.node;
  return node?.range?.[0] ?? 0;
}

/** 1-based line and column of a character offset. */
export function positionOfOffset(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function plainYamlMessage(message: string): string {
  const first = message.split('\n')[0];
  return `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}
