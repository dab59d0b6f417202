// The JSON Schemas that editors use to autocomplete the data files are generated from the Zod
// schema; this keeps the committed copies in step with it, and the data files pointing at them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RAW_FILES } from '@/knowledge/files';
import { JSON_SCHEMA_DIR, renderJsonSchemas, schemaFileName } from '@/scripts/kb-schema';
import type { DataFileName } from '@/knowledge/schema';

describe('knowledge/json-schema', () => {
  test.each([...renderJsonSchemas()])('%s is up to date (run npm run kb:schema if not)', (name, expected) => {
    expect(readFileSync(join(JSON_SCHEMA_DIR, name), 'utf8')).toBe(expected);
  });

  test.each(Object.keys(RAW_FILES) as DataFileName[])('%s points its $schema at its JSON Schema', (file) => {
    expect((RAW_FILES[file] as { $schema?: string }).$schema).toBe(`../json-schema/${schemaFileName(file)}`);
  });

  test('the JSON Schemas are strict and carry the field descriptions', () => {
    const causes = JSON.parse(renderJsonSchemas().get('causes.schema.json') ?? '{}') as {
      additionalProperties: boolean;
      properties: {
        causes: { items: { additionalProperties: boolean; required: string[]; properties: Record<string, { description?: string }> } };
      };
    };
    expect(causes.additionalProperties).toBe(false);
    const item = causes.properties.causes.items;
    expect(item.additionalProperties).toBe(false);
    expect(item.required).toEqual(expect.arrayContaining(['id', 'summary', 'contexts', 'factors', 'articlePhrases', 'tips', 'sources']));
    expect(item.properties.seeDoctor?.description).toMatch(/doctor/);
  });
});
