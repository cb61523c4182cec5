import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { parsePolicyYaml, type ProjectEvent } from '@banfa/policy-model';
import { evaluate, type DecisionReport } from '@banfa/policy-runtime';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Today in China, as the api counts it. */
export function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** 2025-10-14 → 2025年10月14日, as the pages print dates. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

const lianping = (() => {
  const parsed = parsePolicyYaml(readFileSync(resolve(__dirname, '../../../../policies/441623-lianping/consultation-draft-2.policy.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('the 连平县 seed policy does not parse');
  return parsed.document;
})();

/** The official calendar (chinese-days), as the api uses it when no year is overridden. */
const calendar = new WorkingCalendar(chineseDaysYears());

/** What the runtime itself answers for an 80万元 连平 project involving cryptography after these events. */
export function lianpingCryptoReport(events: ProjectEvent[], at: string): DecisionReport {
  const facts = {
    totalInvestment: 80_000_000n, // 80万元 in 分
    involvesCryptography: true,
    classified: false,
    fixedAssetInvestment: false,
    inAnnualPlan: true,
    inSystemCatalogue: true,
    dataShared: true,
    securityCompliant: true,
    meetsDigitalGovRequirements: true,
    usesSecureReliableProducts: true,
  };
  return evaluate(lianping, { facts, events }, at, { calendar });
}
