/**
 * The shared catalogue of review bodies. Each policy maps its own bodies (县政务服务数据管理局, 县财政局 …)
 * to one of these keys so that bodies can be compared across jurisdictions.
 */
export const BODY_CATALOGUE = {
  applicant: '项目建设单位',
  'data-bureau': '政务服务数据管理部门',
  'finance-bureau': '财政部门',
  'crypto-bureau': '密码管理部门',
  'development-reform': '发展和改革部门',
  'business-environment': '营商环境建设部门',
  cyberspace: '网信部门',
  'public-security': '公安机关',
  secrecy: '保密行政管理部门',
  audit: '审计机关',
  archives: '档案主管部门',
  'industry-authority': '行业主管部门',
  'leading-group': '数字政府建设领导小组（办公室）',
  'administrative-approval': '行政审批服务部门',
  'information-center': '信息中心',
  'government-office': '政府办公室（厅）',
  'expert-panel': '专家评审组',
  'third-party': '第三方机构',
} as const;

export type BodyCatalogueKey = keyof typeof BODY_CATALOGUE;

export function isBodyCatalogueKey(key: string): key is BodyCatalogueKey {
  return Object.prototype.hasOwnProperty.call(BODY_CATALOGUE, key);
}
