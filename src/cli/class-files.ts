import { closeSync, existsSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { spreadsheetCsv } from '../export/export-formats';
import { CliError } from './cli-output';

/**
 * A class list: one team name per line; blank lines and lines starting with
 * `#` are skipped, names are trimmed. An unreadable or empty file is refused
 * with its path.
 */
export function readTeamNames(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError('FILE_UNREADABLE', `--teams ${file}: cannot read it (${(e as NodeJS.ErrnoException).code})`);
  }
  const names = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (names.length === 0)
    throw new CliError('NO_TEAMS', `--teams ${file}: no team names (one per line; # starts a comment)`);
  return names;
}

/** One line of a token sheet: who holds the token and the link that signs them in. */
export interface SheetLine {
  role: 'TEAM' | 'GRADER';
  code: string;
  name: string;
  token: string;
}

/** The web console's sign-in link: the token rides in the URL fragment, which browsers never send to a server. */
export function joinLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/#token=${encodeURIComponent(token)}`;
}

/**
 * A file for a token sheet, claimed before anything is created: it must not
 * exist yet (tokens are shown once, so an older sheet is never overwritten),
 * and it is readable by its owner only.
 */
export class TokenSheetFile {
  private constructor(
    readonly path: string,
    private fd: number | null,
  ) {}

  static claim(path: string): TokenSheetFile {
    if (existsSync(path))
      throw new CliError('FILE_EXISTS', `--tokens ${path} exists already; choose a new file (tokens are shown once)`);
    try {
      return new TokenSheetFile(path, openSync(path, 'wx', 0o600));
    } catch (e) {
      throw new CliError(
        'FILE_UNWRITABLE',
        `--tokens ${path}: cannot create it (${(e as NodeJS.ErrnoException).code})`,
      );
    }
  }

  /** Writes the sheet as spreadsheet-safe CSV: role, code, name, token, join link. */
  write(lines: SheetLine[], baseUrl: string): void {
    const rows = [
      ['role', 'code', 'name', 'token', 'join link'],
      ...lines.map((l) => [l.role, l.code, l.name, l.token, joinLink(baseUrl, l.token)]),
    ];
    writeSync(this.requireOpen(), spreadsheetCsv(rows));
    this.close();
  }

  /** Gives the claimed file up (nothing was created): closes and deletes it. */
  abandon(): void {
    if (this.fd === null) return;
    this.close();
    unlinkSync(this.path);
  }

  private requireOpen(): number {
    if (this.fd === null) throw new Error(`token sheet ${this.path} is closed`);
    return this.fd;
  }

  private close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
