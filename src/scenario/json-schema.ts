import { z } from 'zod';
import { describeFields } from './field-docs';
import { scenarioFileSchema } from './scenario-file.schema';

/** JSON Schema (draft 2020-12) of the scenario file format, every field described, for editors. */
export function scenarioFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  describeFields(schema as Record<string, unknown>);
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
