import { policyJsonSchema } from '@banfa/policy-model';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const SCHEMA_FILE = 'policies/schema/policy-document.schema.json';

export function schemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}

/** Writes the JSON Schema of policy documents for editors. */
export function schemaCommand(file: string, out: (line: string) => void): number {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, schemaText());
  out(`已写入 ${file}`);
  return 0;
}
