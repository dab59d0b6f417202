// knowledge/README.md is generated from the data; this keeps the committed copy in step.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { kb } from '@/knowledge/index';
import { KB_README, renderKnowledgeReadme } from '@/scripts/kb-readme';

test('knowledge/README.md is up to date (run npm run kb:readme if not)', () => {
  expect(readFileSync(KB_README, 'utf8')).toBe(renderKnowledgeReadme());
});

test('it lists every sign and every first aid with a public source', () => {
  const text = renderKnowledgeReadme();
  for (const f of kb.redFlags) expect(text).toContain(`(\`${f.id}\`)`);
  for (const a of kb.firstAid) expect(text).toContain(`(\`${a.id}\`)`);
  expect(text).toMatch(/\]\(https:\/\//);
});
