/**
 * Adds to every MoneyInput field of a schema the rule the server enforces: a decimal amount exact to 1 分
 * (万元: at most 6 decimals, 元: at most 2). Same message as the server's, so the user reads one wording.
 */
type SchemaNode = Record<string, unknown>;

const PATTERN = { 万元: '^\\d+(\\.\\d{1,6})?$', 元: '^\\d+(\\.\\d{1,2})?$' } as const;

/**
 * Schemas are not mutated once built (the designer makes new nodes for every edit), so a node's result is kept and
 * handed out again: an unchanged part of a schema stays the same object (the designer's preview relies on it).
 */
const done = new WeakMap<SchemaNode, SchemaNode>();

export function withMoneyRules(schema: SchemaNode): SchemaNode {
  const cached = done.get(schema);
  if (cached) return cached;
  const result = moneyRules(schema);
  done.set(schema, result);
  return result;
}

function moneyRules(schema: SchemaNode): SchemaNode {
  const copy: SchemaNode = { ...schema };
  if (copy['x-component'] === 'MoneyInput') {
    const unit = ((copy['x-component-props'] as { unit?: '元' | '万元' } | undefined)?.unit ?? '元') as '元' | '万元';
    const title = typeof copy['title'] === 'string' ? copy['title'] : '金额';
    const existing = copy['x-validator'];
    const rules = Array.isArray(existing) ? existing : existing === undefined ? [] : [existing];
    copy['x-validator'] = [...rules, { pattern: PATTERN[unit], message: `${title}应为金额（${unit}），精确到分，例如 30 或 12.5` }];
  }
  const properties = copy['properties'];
  if (properties && typeof properties === 'object') {
    copy['properties'] = Object.fromEntries(
      Object.entries(properties as Record<string, SchemaNode>).map(([name, child]) => [name, withMoneyRules(child)]),
    );
  }
  // The rows of an array table (附表3's 单价 and 小计 columns) hold amounts too.
  const items = copy['items'];
  if (items && typeof items === 'object' && !Array.isArray(items)) copy['items'] = withMoneyRules(items as SchemaNode);
  return copy;
}
