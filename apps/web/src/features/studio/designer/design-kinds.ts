/**
 * What the designer places: the palette's kinds of fields and containers, the Formily JSON Schema each one is
 * written as (the shape the policies use: `x-decorator: FormItem`, our SchemaField's component names), and how a
 * node of any schema is recognised as one of them.
 */
export type SchemaNode = Record<string, unknown>;

export type FieldKind = 'text' | 'textarea' | 'number' | 'money' | 'date' | 'month' | 'select' | 'radio' | 'checkbox' | 'upload';
export type ContainerKind = 'section' | 'group' | 'table';
export type DesignKind = FieldKind | ContainerKind;

export interface PaletteItem {
  kind: DesignKind;
  label: string;
  /** The key a new node gets (numbered on: text1, text2 …) until the author names it. */
  keyBase: string;
  hint: string;
}

export const PALETTE: ReadonlyArray<PaletteItem> = [
  { kind: 'text', label: '单行文本', keyBase: 'text', hint: '名称、单位、电话等一行文字' },
  { kind: 'textarea', label: '多行文本', keyBase: 'longText', hint: '建设内容、意见等多行文字' },
  { kind: 'number', label: '数字', keyBase: 'number', hint: '数量、人数等数值' },
  { kind: 'money', label: '金额', keyBase: 'amount', hint: '元或万元，精确到分' },
  { kind: 'date', label: '日期', keyBase: 'date', hint: '年月日' },
  { kind: 'month', label: '年月', keyBase: 'month', hint: '“  年  月”，如计划动工时间' },
  { kind: 'select', label: '下拉选择', keyBase: 'select', hint: '从选项中选一项' },
  { kind: 'radio', label: '单选', keyBase: 'choice', hint: '□新建 □扩建 …，选一项' },
  { kind: 'checkbox', label: '多选', keyBase: 'choices', hint: '可选多项' },
  { kind: 'upload', label: '附件上传', keyBase: 'files', hint: '记录所附文件' },
  { kind: 'section', label: '分组', keyBase: 'section', hint: '表格的一部分，带标题；不占数据层级' },
  { kind: 'group', label: '并排字段组', keyBase: 'group', hint: '几个相关字段并排一行（如资金安排计划的五个年度），数据为一个对象' },
  { kind: 'table', label: '表格', keyBase: 'list', hint: '逐行填写的清单（如变更清单），每列一个字段' },
];

export const KIND_LABEL: Readonly<Record<DesignKind, string>> = Object.fromEntries(PALETTE.map((item) => [item.kind, item.label])) as Record<
  DesignKind,
  string
>;

export function isContainerKind(kind: DesignKind | 'unknown'): kind is ContainerKind {
  return kind === 'section' || kind === 'group' || kind === 'table';
}

/** Which kinds a container holds: a section anything; a group and a table's row only fields (their cells). */
export function canHold(container: ContainerKind | 'root', child: DesignKind | 'unknown'): boolean {
  if (container === 'root' || container === 'section') return child !== 'unknown';
  return child !== 'unknown' && !isContainerKind(child);
}

const field = (type: string, component: string, title: string, extra: SchemaNode = {}): SchemaNode => ({
  type,
  title,
  'x-decorator': 'FormItem',
  'x-component': component,
  ...extra,
});

/** The schema of a new node of a kind, titled. */
export function createNode(kind: DesignKind, title: string): SchemaNode {
  switch (kind) {
    case 'text':
      return field('string', 'Input', title);
    case 'textarea':
      return field('string', 'Input.TextArea', title, { 'x-component-props': { rows: 3 } });
    case 'number':
      return field('number', 'NumberPicker', title);
    case 'money':
      return field('string', 'MoneyInput', title, { 'x-component-props': { unit: '万元' } });
    case 'date':
      return field('string', 'DatePicker', title);
    case 'month':
      return field('string', 'MonthPicker', title);
    case 'select':
      return field('string', 'Select', title, { enum: [{ label: '选项1', value: 'option1' }] });
    case 'radio':
      return field('string', 'Radio.Group', title, { enum: [{ label: '选项1', value: 'option1' }] });
    case 'checkbox':
      return field('array', 'Checkbox.Group', title, { enum: [{ label: '选项1', value: 'option1' }] });
    case 'upload':
      return field('array', 'AttachmentUpload', title);
    case 'section':
      return { type: 'void', title, 'x-component': 'Section', properties: {} };
    case 'group':
      return { type: 'object', title, 'x-decorator': 'FormItem', 'x-component': 'MoneyGroup', properties: {} };
    case 'table':
      return {
        type: 'array',
        title,
        'x-decorator': 'FormItem',
        'x-component': 'ArrayTable',
        items: { type: 'object', properties: { index: INDEX_COLUMN } },
        properties: { add: { type: 'void', title: '添加一行', 'x-component': 'ArrayTable.Addition' } },
      };
  }
}

/** The 序号 column every table of the 附表 starts with (ArrayTable counts the rows). */
export const INDEX_COLUMN: SchemaNode = {
  type: 'void',
  'x-component': 'ArrayTable.Column',
  'x-component-props': { title: '序号', width: 60 },
  properties: { index: { type: 'void', 'x-component': 'ArrayTable.Index' } },
};

/** The kind of a node as the designer shows it ('unknown' for what the palette cannot make; kept as it is). */
export function kindOf(node: SchemaNode): DesignKind | 'unknown' {
  const component = node['x-component'];
  switch (component) {
    case 'Input':
      return 'text';
    case 'Input.TextArea':
      return 'textarea';
    case 'NumberPicker':
      return 'number';
    case 'MoneyInput':
      return 'money';
    case 'DatePicker':
      return 'date';
    case 'MonthPicker':
      return 'month';
    case 'Select':
      return 'select';
    case 'Radio.Group':
      return 'radio';
    case 'Checkbox.Group':
      return 'checkbox';
    case 'AttachmentUpload':
      return 'upload';
    case 'Section':
      return 'section';
    case 'MoneyGroup':
    case 'FormGrid':
      return node['type'] === 'object' ? 'group' : node['type'] === 'void' ? 'section' : 'unknown';
    case 'ArrayTable':
      return 'table';
    default:
      return node['type'] === 'void' && node['properties'] ? 'section' : 'unknown';
  }
}

/** Kinds that offer options (enum). */
export function hasOptions(kind: DesignKind | 'unknown'): boolean {
  return kind === 'select' || kind === 'radio' || kind === 'checkbox';
}

/** The order keys are written in, so that the YAML of a designed form reads like the hand-written ones. */
const KEY_ORDER = [
  'type',
  'title',
  'required',
  'description',
  'x-fact',
  'x-decorator',
  'x-decorator-props',
  'x-component',
  'x-component-props',
  'x-validator',
  'enum',
  'x-visible-when',
  'x-required-when',
  'x-index',
  'items',
  'properties',
];

export function orderKeys(node: SchemaNode): SchemaNode {
  const rank = (key: string) => {
    const at = KEY_ORDER.indexOf(key);
    return at < 0 ? KEY_ORDER.length - 2 : at;
  };
  const keys = Object.keys(node);
  const sorted = [...keys].sort((a, b) => rank(a) - rank(b));
  if (sorted.every((key, index) => key === keys[index])) return node;
  return Object.fromEntries(sorted.map((key) => [key, node[key]]));
}
