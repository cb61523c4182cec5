import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ComparisonColumnView, ComparisonMatrixView, MissingFactQuestion, OutcomeComparisonView } from '@banfa/api-contract';
import { WorkingCalendar } from '@banfa/calendar';
import type { Actor } from '@banfa/permissions';
import {
  comparisonWorkbook,
  compareConfigurations,
  compareOutcomes,
  matrixWorkbook,
  parseSampleProject,
  type ColumnHeader,
  type ConfigurationMatrix,
  type OutcomeComparison,
  type PolicyColumn,
} from '@banfa/policy-compare';
import { resolveFacts, type PolicyDocument } from '@banfa/policy-model';
import { In, Repository, type FindOptionsWhere } from 'typeorm';
import { Clock } from '../calendar/clock';
import { JurisdictionEntity, PolicyVersionEntity } from '../database/entities';
import { AppError, type AppErrorDetail } from '../errors/app-error';
import { scopedWhere } from '../permissions/ability-where';
import { versionNotFound } from '../policies/policy-version.access';
import { isInForce, SUMMARY_COLUMNS } from '../policies/policy-version.views';
import { VerifiedDocuments } from './comparison-documents';
import { readSelection, type Selection, type SelectionInput } from './comparison-selection';

type VersionRow = Pick<PolicyVersionEntity, 'id' | 'jurisdictionCode' | 'state' | 'status' | 'effectiveFrom' | 'effectiveTo' | 'contentHash' | 'publishedAt' | 'createdAt'>;

/** A chosen policy version and its effective document: one column. */
interface Chosen {
  row: VersionRow;
  document: PolicyDocument;
}

/** An Excel workbook to download. */
export interface WorkbookFile {
  buffer: Buffer;
  fileName: string;
}

/**
 * Policies side by side (libs/policy-compare) for the signed-in user: which versions (the policy in force in each
 * jurisdiction on a day, chosen versions, or one jurisdiction over time), read with the policy access rules, loaded
 * in one query (their content only the first time: see VerifiedDocuments), then the configuration matrix, one sample
 * project through each, and both as Excel.
 */
@Injectable()
export class ComparisonsService {
  private readonly verified = new VerifiedDocuments();

  constructor(
    @InjectRepository(PolicyVersionEntity) private readonly versions: Repository<PolicyVersionEntity>,
    @InjectRepository(JurisdictionEntity) private readonly jurisdictions: Repository<JurisdictionEntity>,
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
  ) {}

  /** The selection of a request, checked (400 naming the parameter); `at` defaults to today in China. */
  selection(input: SelectionInput): Selection {
    return readSelection(input, this.clock.today());
  }

  async matrix(actor: Actor, selection: Selection): Promise<ComparisonMatrixView> {
    const chosen = await this.choose(actor, selection);
    return this.matrixView(chosen, compareConfigurations(columnsOf(chosen), { at: selection.at }));
  }

  async matrixWorkbook(actor: Actor, selection: Selection): Promise<WorkbookFile> {
    const chosen = await this.choose(actor, selection);
    const matrix = compareConfigurations(columnsOf(chosen), { at: selection.at });
    return { buffer: await toBuffer(matrixWorkbook(matrix)), fileName: `政务信息化项目管理办法配置对照（${selection.at}）.xlsx` };
  }

  async outcomes(actor: Actor, selection: Selection, project: unknown): Promise<OutcomeComparisonView> {
    const { chosen, outcomes } = await this.compareProject(actor, selection, project);
    return {
      at: outcomes.at,
      columns: columnViews(chosen, outcomes.columns),
      project: outcomes.project,
      outcomes: outcomes.outcomes.map(({ report: _report, ...outcome }) => outcome),
      sections: outcomes.sections,
      rows: outcomes.rows,
      missingFacts: missingFacts(chosen, outcomes),
    };
  }

  /** The configuration matrix and the sample project's outcomes in one workbook (配置对照, 结果对照, 说明). */
  async outcomesWorkbook(actor: Actor, selection: Selection, project: unknown): Promise<WorkbookFile> {
    const { chosen, outcomes } = await this.compareProject(actor, selection, project);
    const matrix = compareConfigurations(columnsOf(chosen), { at: selection.at });
    return { buffer: await toBuffer(comparisonWorkbook(matrix, outcomes)), fileName: `政务信息化项目管理办法对比（${selection.at}）.xlsx` };
  }

  private async compareProject(actor: Actor, selection: Selection, input: unknown): Promise<{ chosen: Chosen[]; outcomes: OutcomeComparison }> {
    const parsed = parseSampleProject(input);
    if (!parsed.ok) {
      const details = parsed.issues.map((issue) => ({ field: issue.path ? `project.${issue.path}` : 'project', message: issue.message }));
      throw new AppError('validation-failed', `样例项目有 ${details.length} 处需要修改`, details);
    }
    const chosen = await this.choose(actor, selection);
    refuseBareAmounts(chosen, parsed.project.facts, input);
    const outcomes = compareOutcomes(columnsOf(chosen), parsed.project, selection.at, this.calendar);
    // A value of the wrong type for a policy that reads the fact is bad input, refused as `banfa compare` refuses it.
    const invalid = new Map<string, AppErrorDetail>();
    outcomes.outcomes.forEach((outcome, index) => {
      for (const fact of outcome.facts.invalid) {
        if (!invalid.has(fact.key)) invalid.set(fact.key, { field: `project.facts.${fact.key}`, message: `${fact.message}（${outcomes.columns[index]?.jurisdiction.name ?? ''}）` });
      }
    });
    if (invalid.size > 0) throw new AppError('validation-failed', `样例项目有 ${invalid.size} 项事实的取值不符合所比较政策的要求`, [...invalid.values()]);
    return { chosen, outcomes };
  }

  private matrixView(chosen: Chosen[], matrix: ConfigurationMatrix): ComparisonMatrixView {
    return { at: matrix.at ?? '', columns: columnViews(chosen, matrix.columns), sections: matrix.sections, rows: matrix.rows };
  }

  /**
   * The versions to compare, as the user may read them (404 naming the parameter for one that does not exist or is
   * not theirs to read), in one query without content; then the content of those never read before, in one more.
   */
  private async choose(actor: Actor, selection: Selection): Promise<Chosen[]> {
    const rows = await this.pick(actor, selection);
    const missing = rows.filter((row) => !this.verified.known(row));
    const loaded = missing.length > 0 ? await this.versions.findBy({ id: In(missing.map((row) => row.id)) }) : [];
    const byId = new Map(loaded.map((version) => [version.id, version]));
    return rows.map((row) => {
      const known = this.verified.known(row);
      if (known) return { row, document: known };
      const version = byId.get(row.id);
      if (!version) throw versionNotFound(row.id);
      return { row: version, document: this.verified.read(version) };
    });
  }

  private async pick(actor: Actor, selection: Selection): Promise<VersionRow[]> {
    switch (selection.kind) {
      case 'versions': {
        const rows = await this.readable(actor, { id: In(selection.ids) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        const unknown = selection.ids.filter((id) => !byId.has(id));
        if (unknown.length > 0) {
          throw new AppError(
            'not-found',
            unknown.length === 1 ? versionNotFound(unknown[0] ?? '').message : `${unknown.length} 个政策版本不存在或无权查看；请从政策列表中选择版本`,
            unknown.map((id) => ({ field: 'versions', message: versionNotFound(id).message })),
          );
        }
        return selection.ids.map((id) => byId.get(id) as VersionRow);
      }
      case 'history': {
        const rows = await this.readable(actor, { jurisdictionCode: selection.code, state: 'published' });
        if (rows.length === 0) throw await this.noPolicy([selection.code], 'history');
        return rows.sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? '') || (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.createdAt.localeCompare(b.createdAt));
      }
      case 'jurisdictions': {
        const rows = await this.readable(actor, { jurisdictionCode: In(selection.codes), state: 'published' });
        const byCode = new Map<string, VersionRow[]>();
        for (const row of rows) byCode.set(row.jurisdictionCode, [...(byCode.get(row.jurisdictionCode) ?? []), row]);
        const unknown = selection.codes.filter((code) => !byCode.has(code));
        if (unknown.length > 0) throw await this.noPolicy(unknown, 'jurisdictions');
        return selection.codes.map((code) => current(byCode.get(code) ?? [], selection.at));
      }
    }
  }

  /** The version rows (no content) the actor may read among those asked for. */
  private async readable(actor: Actor, filter: FindOptionsWhere<PolicyVersionEntity>): Promise<VersionRow[]> {
    const where = scopedWhere<PolicyVersionEntity>(actor, 'read', 'PolicyVersion', filter);
    if (!where) return [];
    return this.versions.find({ select: SUMMARY_COLUMNS, where, order: { publishedAt: 'DESC', createdAt: 'DESC' } });
  }

  /** 404 for jurisdictions without a published policy, naming them (and saying which codes do not exist). */
  private async noPolicy(codes: string[], field: 'jurisdictions' | 'history'): Promise<AppError> {
    const names = new Map((await this.jurisdictions.findBy({ code: In(codes) })).map((row) => [row.code, row.name]));
    const details = codes.map((code) => ({
      field,
      message: names.has(code) ? `${names.get(code) ?? ''}（${code}）尚无已发布的政策` : `行政区划代码 ${code} 不存在（GB/T 2260，如 441623 连平县）`,
    }));
    const message = details.length === 1 ? `${field}：${details[0]?.message ?? ''}` : `${field} 中有 ${details.length} 个行政区划没有可比较的政策：${codes.slice(0, 10).join('、')}`;
    return new AppError('not-found', message, details);
  }
}

/**
 * A jurisdiction's version to compare on `at`, as PoliciesService.currentVersion chooses the one projects are
 * submitted under: the published version in force (the latest to start), else the newest published one — a
 * 征求意见稿 or an expired trial still shows, its status saying so. `rows` come newest published first.
 */
function current(rows: VersionRow[], at: string): VersionRow {
  const inForce = rows.filter((row) => isInForce(row, at)).sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? ''));
  return (inForce[0] ?? rows[0]) as VersionRow;
}

function columnsOf(chosen: Chosen[]): PolicyColumn[] {
  return chosen.map(({ row, document }) => ({ document, draft: row.state === 'draft' }));
}

function columnViews(chosen: Chosen[], headers: ColumnHeader[]): ComparisonColumnView[] {
  return headers.map((header, index) => ({ ...header, versionId: chosen[index]?.row.id ?? '', draft: chosen[index]?.row.state === 'draft' }));
}

/**
 * A JSON number for a fact some compared policy reads as money would be taken as 分 (80 → 0.8元): refused, with
 * the way to write it. Amounts travel as text with their unit.
 */
function refuseBareAmounts(chosen: Chosen[], facts: Record<string, unknown>, input: unknown): void {
  const raw = (input as { facts?: Record<string, unknown> } | null)?.facts ?? {};
  const numbers = Object.keys(facts).filter((key) => typeof raw[key] === 'number');
  if (numbers.length === 0) return;
  const money = new Set(chosen.flatMap(({ document }) => resolveFacts(document).filter((fact) => fact.type === 'money').map((fact) => fact.key)));
  const details = numbers
    .filter((key) => money.has(key))
    .map((key) => ({ field: `project.facts.${key}`, message: `金额应写成带单位的文字，例如 "${String(raw[key])}万元" 或 "${String(raw[key])}元"，而不是数字 ${String(raw[key])}` }));
  if (details.length > 0) throw new AppError('validation-failed', '样例项目的金额应写明单位（元或万元）', details);
}

/** The facts the compared policies needed and did not get, with how to ask for them; most needed first. */
function missingFacts(chosen: Chosen[], outcomes: OutcomeComparison): MissingFactQuestion[] {
  const questions = new Map<string, MissingFactQuestion>();
  outcomes.outcomes.forEach((outcome, index) => {
    if (outcome.facts.missing.length === 0) return;
    const document = chosen[index]?.document;
    const declared = new Map(document ? resolveFacts(document).map((fact) => [fact.key, fact]) : []);
    for (const { key, label } of outcome.facts.missing) {
      const column = outcomes.columns[index]?.key ?? '';
      const known = questions.get(key);
      if (known) {
        known.columns.push(column);
        continue;
      }
      const fact = declared.get(key);
      questions.set(key, {
        key,
        label: fact?.label ?? label,
        type: fact?.type ?? 'boolean',
        ...(fact?.options ? { options: fact.options.map((option) => ({ value: option.value, label: option.label })) } : {}),
        columns: [column],
      });
    }
  });
  return [...questions.values()].sort((a, b) => b.columns.length - a.columns.length);
}

async function toBuffer(workbook: { xlsx: { writeBuffer(): Promise<ArrayBuffer | Buffer> } }): Promise<Buffer> {
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.isBuffer(written) ? written : Buffer.from(new Uint8Array(written));
}
