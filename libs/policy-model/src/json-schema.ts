import { z } from 'zod';
import { policyDocumentSchema } from './policy-document.schema';

/**
 * The policy document schema as JSON Schema, for editor completion and validation while typing
 * (policies/schema/policy-document.schema.json, referenced by a yaml-language-server modeline in each file).
 * Reference checks (bodies, facts, CEL types) need `banfa policy validate`; JSON Schema cannot express them.
 */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policyDocumentSchema, { io: 'input', unrepresentable: 'any' }),
    title: '办法 Banfa 政策文件',
    description: '一个行政区划的一部政务信息化项目管理办法（一个版本）。由 libs/policy-model 生成，请勿手改：npx banfa policy schema',
  };
}
