import { describe, expect, it } from 'vitest';
import { applyReadings, ReadingChoiceError, writtenDocument } from './apply-readings';
import { READINGS_POLICY_YAML } from './fixtures/readings.fixture';
import { loadPolicyYaml, parsePolicyYaml } from './parse-policy';

const doc = loadPolicyYaml(READINGS_POLICY_YAML);
const threshold = (document: typeof doc) => {
  const when = document.tracks[0]?.when;
  return when && 'threshold' in when ? when.threshold : undefined;
};
const review = (document: typeof doc) => document.stages[0]?.steps[1];
const reading = (document: typeof doc, id: string) => document.settings.find((setting) => setting.id === id)?.reading;

describe('applyReadings', () => {
  it('gives the document under each setting’s own reading when nothing is chosen', () => {
    expect(threshold(doc)?.comparison).toBe('lt');
    expect(review(doc)?.deadline).toMatchObject({ amount: 10, soft: true });
    expect(applyReadings(doc)).toBe(doc);
  });

  it('applies the overrides of a chosen reading, addressed by id, and records the reading used', () => {
    const inclusive = applyReadings(doc, { A1: 'inclusive' });
    expect(threshold(inclusive)?.comparison).toBe('lte');
    expect(reading(inclusive, 'A1')).toBe('inclusive');
    expect(reading(inclusive, 'A2')).toBe('ten');
    expect(threshold(doc)?.comparison).toBe('lt');
    expect(reading(doc, 'A1')).toBe('exclusive');
  });

  it('applies overrides addressed by index, and a removed key takes its default again', () => {
    expect(review(applyReadings(doc, { A2: 'five' }))?.deadline).toMatchObject({ amount: 5, soft: false });
  });

  it('changes nothing for a reading marked effect: none but the reading recorded', () => {
    const wording = applyReadings(doc, { A2: 'wording' });
    expect({ ...wording, settings: [] }).toEqual({ ...doc, settings: [] });
    expect(reading(wording, 'A2')).toBe('wording');
  });

  it('resolves again from the written document, not on top of an earlier choice', () => {
    const both = applyReadings(doc, { A1: 'inclusive', A2: 'five' });
    const again = applyReadings(both, { A2: 'five' });
    expect(threshold(again)?.comparison).toBe('lt');
    expect(review(again)?.deadline?.amount).toBe(5);
    expect(writtenDocument(again)).toBe(writtenDocument(doc));
    expect(applyReadings(doc, { A2: 'five' })).toBe(again);
  });

  it('refuses an unknown setting or alternative, naming the ones there are', () => {
    expect(() => applyReadings(doc, { A9: 'x' })).toThrow(ReadingChoiceError);
    expect(() => applyReadings(doc, { A9: 'x' })).toThrow('未定义的歧义设置“A9”（本政策的歧义设置有：A1、A2）');
    expect(() => applyReadings(doc, { A1: 'both' })).toThrow('歧义设置 A1 没有解读“both”，可选：exclusive、inclusive');
  });

  it('refuses a reading marked effect: unsupported, saying why', () => {
    const text = READINGS_POLICY_YAML.replace('{ value: wording, label: 仅措辞不同, effect: none, reason: 只影响表述，不影响环节和期限 }', '{ value: same-day, label: 当日起算, effect: unsupported, reason: 文件语言没有当日起算的计法 }');
    expect(() => applyReadings(loadPolicyYaml(text), { A2: 'same-day' })).toThrow('歧义设置 A2 的解读“same-day”尚不能由系统计算：文件语言没有当日起算的计法');
  });

  it('returns the written document beside the effective one from parsing', () => {
    const result = parsePolicyYaml(READINGS_POLICY_YAML);
    expect(result.ok && writtenDocument(result.document)).toBe(result.ok && result.written);
  });
});
