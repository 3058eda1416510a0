/** Where a JSON text stops being valid JSON, with a plain message. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

/**
 * Scans `text` as strict JSON (RFC 8259) and returns the first syntax error,
 * or null when it is valid. Independent of the engine's JSON.parse messages,
 * which differ between Node versions and do not always carry a position.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new JsonScanner(text);
  try {
    scanner.skipSpace();
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.pos < text.length) scanner.fail('unexpected content after the JSON value');
    return null;
  } catch (error) {
    if (error instanceof JsonScanError) return { offset: error.offset, message: error.message };
    throw error;
  }
}

class JsonScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS = ['true', 'false', 'null'];

class JsonScanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string, offset = this.pos): never {
    throw new JsonScanError(message, Math.min(offset, this.text.length));
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos])) this.pos++;
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail('JSON nested too deeply');
    const ch = this.text[this.pos];
    if (ch === undefined) this.fail('unexpected end of JSON input');
    if (ch === '{') return this.object(depth);
    if (ch === '[') return this.array(depth);
    if (ch === '"') return this.string();
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    for (const literal of LITERALS) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return;
      }
    }
    this.fail(`unexpected character ${JSON.stringify(ch)}`);
  }

  private object(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('expected a double-quoted property name');
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail("expected ':' after a property name");
      this.pos++;
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      if (this.closeOrComma('}')) return;
    }
  }

  private array(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      if (this.closeOrComma(']')) return;
    }
  }

  /** After a member: true at the closing bracket, false after a comma. */
  private closeOrComma(close: string): boolean {
    const ch = this.text[this.pos];
    if (ch === close) {
      this.pos++;
      return true;
    }
    if (ch !== ',') this.fail(ch === undefined ? 'unexpected end of JSON input' : `expected ',' or '${close}'`);
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === close) this.fail(`trailing comma before '${close}'`);
    return false;
  }

  private string(): void {
    this.pos++;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '"') {
        this.pos++;
        return;
      }
      if (ch < ' ') this.fail('control character in a string');
      if (ch === '\\') this.escape();
      else this.pos++;
    }
    this.fail('unterminated string');
  }

  private escape(): void {
    const next = this.text[this.pos + 1];
    if (next === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail('bad \\u escape');
      this.pos += 6;
      return;
    }
    if (next === undefined || !'"\\/bfnrt'.includes(next)) this.fail('bad escape in a string');
    this.pos += 2;
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('malformed number');
    this.pos += match[0].length;
  }
}
