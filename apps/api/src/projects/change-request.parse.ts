import { parseMoneyWithUnit } from '@banfa/policy-model';
import type { ChangeLine, ChangeRequest } from '@banfa/policy-runtime';
import { AppError, type AppErrorDetail } from '../errors/app-error';
import type { ChangeRequestDto } from './dto/change-request.dto';
import type { EventPayload } from './project-event-payload';

type StoredChange = NonNullable<EventPayload['change']>;

/**
 * Reads a change request written as in scenario files (amounts with their unit: "5万元", "1200.50元") into the
 * runtime's request (integer 分), naming the path of every amount that does not read.
 */
export function parseChangeRequest(body: ChangeRequestDto, on: string): { request: ChangeRequest; stored: StoredChange } {
  const issues: AppErrorDetail[] = [];
  const amount = (field: string, value: unknown): bigint | undefined => {
    if (value === undefined || value === null) return undefined;
    let fen: bigint | null = null;
    try {
      fen = typeof value === 'string' ? parseMoneyWithUnit(value) : null;
    } catch {
      fen = null;
    }
    if (fen === null) issues.push({ field, message: `金额“${String(value)}”应写成带单位的金额，精确到分，例如 8万元 或 1200.50元` });
    return fen ?? undefined;
  };
  const lines: ChangeLine[] = [];
  const storedLines: StoredChange['lines'] = [];
  (body.lines ?? []).forEach((line: unknown, index) => {
    const path = `lines[${index}]`;
    if (!line || typeof line !== 'object' || Array.isArray(line)) {
      issues.push({ field: path, message: '每一行应为 {"old": "原小计", "new": "现小计"}，例如 {"old":"5万元","new":"8万元"}' });
      return;
    }
    const record = line as Record<string, unknown>;
    for (const key of Object.keys(record).filter((candidate) => candidate !== 'old' && candidate !== 'new')) {
      issues.push({ field: `${path}.${key}`, message: '变更清单的一行只有 old（原小计）和 new（现小计），请删除这一项' });
    }
    if (record['old'] === undefined && record['new'] === undefined) issues.push({ field: path, message: '请至少填写原小计（old）或现小计（new）' });
    const before = amount(`${path}.old`, record['old']);
    const after = amount(`${path}.new`, record['new']);
    lines.push({ ...(before !== undefined ? { oldSubtotal: before } : {}), ...(after !== undefined ? { newSubtotal: after } : {}) });
    storedLines.push({
      ...(typeof record['old'] === 'string' ? { old: record['old'].trim() } : {}),
      ...(typeof record['new'] === 'string' ? { new: record['new'].trim() } : {}),
    });
  });
  const newTotal = amount('newTotal', body.newTotal);
  const changedAmount = amount('changedAmount', body.changedAmount);
  if (lines.length === 0 && newTotal === undefined && changedAmount === undefined && issues.length === 0) {
    issues.push({ field: 'lines', message: '请填写变更清单（lines：原小计、现小计）、变更金额（changedAmount）或变更后总金额（newTotal）' });
  }
  if (issues.length > 0) throw new AppError('validation-failed', `变更申请有 ${issues.length} 处需要修改`, issues);
  return {
    request: { on, lines, ...(newTotal !== undefined ? { newTotal } : {}), ...(changedAmount !== undefined ? { changedAmount } : {}) },
    stored: {
      lines: storedLines,
      newTotal: body.newTotal?.trim() ?? null,
      changedAmount: body.changedAmount?.trim() ?? null,
      description: body.description?.trim() || null,
      ...(body.formValues ? { formValues: body.formValues } : {}),
    },
  };
}
