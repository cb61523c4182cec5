/// <reference types="node" />
import { parsePolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The seed policies as the web's specs read them: the real documents in policies/, parsed as the api does. */
function parsed(file: string): PolicyDocument {
  const result = parsePolicyYaml(readFileSync(resolve(import.meta.dirname, '../../../../policies', file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.issues.map((issue) => issue.message).join('; ')}`);
  return result.document;
}

export const lianpingPolicy = (): PolicyDocument => parsed('441623-lianping/consultation-draft-2.policy.yaml');
