import { z } from 'zod';
import { scenarioFileSchema } from './scenario-file.schema';

/**
 * JSON Schema (draft 2020-12) of the scenario file format, for editors.
 * Every field's description comes from the zod schemas' `.describe`.
 */
export function scenarioFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://crossborder-sandbox.local/scenario.schema.json',
    title: 'Cross-border store sandbox scenario file',
  };
}

/** The committed text of scenarios/scenario.schema.json. */
export function scenarioFileJsonSchemaText(): string {
  return `${JSON.stringify(scenarioFileJsonSchema(), null, 2)}\n`;
}
