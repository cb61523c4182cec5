/**
 * The canonical fact catalogue shared by every policy, so that jurisdictions can be compared.
 * A policy lists the canonical facts its rules read and may declare local ones of its own.
 * Keys are stable identifiers: renaming one is a breaking change to every policy document.
 */
export type FactType = 'money' | 'boolean' | 'enum' | 'integer' | 'date' | 'string';

export interface FactDefinition {
  key: string;
  type: FactType;
  label: string;
  description?: string;
  /** For enums: the allowed values with their Chinese labels. */
  options?: ReadonlyArray<{ value: string; label: string }>;
}

export const CANONICAL_FACTS: ReadonlyArray<FactDefinition> = [
  { key: 'projectName', type: 'string', label: '项目名称' },
  { key: 'totalInvestment', type: 'money', label: '项目总投资', description: '项目总投资（预算），以分计' },
  { key: 'annualBudget', type: 'money', label: '年度预算金额' },
  { key: 'contractAmount', type: 'money', label: '合同金额' },
  { key: 'approvedEstimate', type: 'money', label: '批复概算' },
  {
    key: 'constructionNature',
    type: 'enum',
    label: '建设性质',
    options: [
      { value: 'new', label: '新建' },
      { value: 'expansion', label: '扩建' },
      { value: 'relocation', label: '迁建' },
      { value: 'renovation', label: '改建' },
      { value: 'operation', label: '运维' },
      { value: 'other', label: '其他' },
    ],
  },
  {
    key: 'category',
    type: 'enum',
    label: '项目类别',
    options: [
      { value: 'infrastructure', label: '基础设施服务' },
      { value: 'software', label: '软件开发服务' },
      { value: 'operation', label: '运行维护服务' },
      { value: 'business-operation', label: '系统业务运营服务' },
      { value: 'third-party', label: '第三方服务' },
    ],
  },
  { key: 'involvesCryptography', type: 'boolean', label: '涉及密码应用' },
  { key: 'publicFacing', type: 'boolean', label: '面向社会服务' },
  { key: 'criticalInfrastructure', type: 'boolean', label: '关键信息基础设施' },
  { key: 'mlpsLevel', type: 'integer', label: '网络安全等级保护级别' },
  { key: 'classified', type: 'boolean', label: '涉密项目' },
  { key: 'producesData', type: 'boolean', label: '产生数据资源' },
  { key: 'urgent', type: 'boolean', label: '紧急项目' },
  { key: 'inSystemCatalogue', type: 'boolean', label: '已纳入政务信息系统目录' },
  { key: 'inAnnualPlan', type: 'boolean', label: '已纳入年度项目建设计划' },
];

const BY_KEY = new Map(CANONICAL_FACTS.map((fact) => [fact.key, fact]));

export function findCanonicalFact(key: string): FactDefinition | undefined {
  return BY_KEY.get(key);
}
