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
  {
    key: 'provincialCategory',
    type: 'enum',
    label: '项目类别（省级分类）',
    options: [
      { value: 'infrastructure', label: '基础设施类' },
      { value: 'cross-department-integration', label: '跨部门跨层级集成类' },
      { value: 'other', label: '其他类' },
    ],
  },
  {
    key: 'projectScope',
    type: 'enum',
    label: '公共类或专业类',
    options: [
      { value: 'public', label: '公共类' },
      { value: 'professional', label: '专业类' },
    ],
  },
  { key: 'involvesCryptography', type: 'boolean', label: '涉及密码应用' },
  { key: 'softwareDevelopment', type: 'boolean', label: '含软件开发' },
  { key: 'workSecrets', type: 'boolean', label: '涉及工作秘密' },
  { key: 'crossDepartment', type: 'boolean', label: '跨部门' },
  { key: 'crossLevel', type: 'boolean', label: '跨层级' },
  { key: 'crossRegion', type: 'boolean', label: '跨地区' },
  { key: 'technicallySimple', type: 'boolean', label: '技术方案简单' },
  { key: 'singleContent', type: 'boolean', label: '建设内容单一' },
  { key: 'inProjectLibrary', type: 'boolean', label: '已纳入项目库' },
  { key: 'inProvincialKeyLibrary', type: 'boolean', label: '已纳入省级重点项目库' },
  { key: 'onGovernmentCloud', type: 'boolean', label: '部署在政务云' },
  { key: 'usesSecureReliableProducts', type: 'boolean', label: '采用安全可靠软硬件产品' },
  { key: 'governmentInvestment', type: 'boolean', label: '政府投资项目' },
  { key: 'fixedAssetInvestment', type: 'boolean', label: '涉及固定资产投资' },
  { key: 'supervisionEngaged', type: 'boolean', label: '已委托监理单位' },
  { key: 'dataShared', type: 'boolean', label: '已按要求共享数据资源' },
  { key: 'performanceEvaluated', type: 'boolean', label: '已开展事前绩效评估' },
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
