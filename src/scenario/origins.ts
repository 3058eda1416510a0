import type { SourceDocument } from './source-document';
import { formatPath, type PathIssue, type ScenarioIssue, type ValuePath } from './scenario-issue';

/** Where a part of a resolved value came from. */
export interface Origin {
  doc: SourceDocument;
  /** Path of the node in `doc`. */
  path: ValuePath;
  /** True when the rest of an issue's path continues inside that node. */
  deep: boolean;
  /** Said before the message when the value came from elsewhere (seed data). */
  note?: string;
}

/** Finds the origin of the top of a resolved path; `consumed` segments are replaced by it. */
export type OriginResolver = (path: ValuePath) => { origin: Origin; consumed: number };

/** Gives an issue found at a path of a resolved value its file position. */
export function placeIssue(issue: PathIssue, resolveOrigin: OriginResolver): ScenarioIssue {
  const { origin, consumed } = resolveOrigin(issue.path);
  const rest = issue.path.slice(consumed);
  const filePath = origin.deep ? [...origin.path, ...rest] : origin.path;
  const pos = origin.doc.locate(filePath, issue.atKey === true);
  const shownPath = origin.deep ? filePath : issue.path;
  const message = origin.note ? `${origin.note}: ${issue.message}` : issue.message;
  return { file: origin.doc.file, line: pos.line, column: pos.column, path: formatPath(shownPath), message };
}

/** An issue whose path is already a path in `doc`. */
export function placeInDocument(issue: PathIssue, doc: SourceDocument): ScenarioIssue {
  return placeIssue(issue, () => ({ origin: { doc, path: [], deep: true }, consumed: 0 }));
}
