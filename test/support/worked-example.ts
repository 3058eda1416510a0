import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/scenario/scenario-loader';

/** The id of the worked example's scenario in docs/scenarios.md. */
export const WORKED_EXAMPLE_ID = 'latam-pets';

/** The YAML of the worked example of docs/scenarios.md (two new markets, a new category and its products). */
export function workedExample(): string {
  const text = readFileSync(join(packageRoot(), 'docs', 'scenarios.md'), 'utf8');
  const block = text.split('```yaml\n').find((b) => b.includes(`\nid: ${WORKED_EXAMPLE_ID}\n`));
  if (!block) throw new Error(`docs/scenarios.md has no YAML block with id: ${WORKED_EXAMPLE_ID}`);
  return `${block.slice(0, block.indexOf('\n```'))}\n`;
}
