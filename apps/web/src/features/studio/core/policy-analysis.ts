import { parsePolicyYaml, type ParseResult } from '@banfa/policy-model';
import { parseDocument } from 'yaml';

/** What the studio derives from a text: the plain data the forms show and the validated document or its issues. */
export interface PolicyAnalysis {
  text: string;
  data: Record<string, unknown>;
  parsed: ParseResult;
  /** How long the analysis took (ms), for the measurements in the report. */
  took: number;
}

/** The text as plain data, even while it does not validate (and, as far as it goes, while it does not parse). */
export function plainData(text: string): Record<string, unknown> {
  try {
    const value: unknown = parseDocument(text, { uniqueKeys: false }).toJS();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function analysePolicy(text: string): PolicyAnalysis {
  const start = performance.now();
  const parsed = parsePolicyYaml(text);
  return { text, data: plainData(text), parsed, took: performance.now() - start };
}
