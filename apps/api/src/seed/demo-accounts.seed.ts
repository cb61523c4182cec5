import type { Role } from '@banfa/permissions';
import type { OrganisationEntity } from '../database/entities';

/** Demo organisations and accounts of 连平县, for trying the product. Fixed ids keep the seed idempotent. */
export const DEMO_PASSWORD = 'banfa2025';

export const DEMO_ORGANISATIONS: OrganisationEntity[] = [
  { id: 'lp-data-bureau', jurisdictionCode: '441623', name: '连平县政务服务数据管理局', kind: 'review-body', bodyKey: 'data-bureau' },
  { id: 'lp-finance-bureau', jurisdictionCode: '441623', name: '连平县财政局', kind: 'review-body', bodyKey: 'finance-bureau' },
  { id: 'lp-crypto-bureau', jurisdictionCode: '441623', name: '连平县密码管理局', kind: 'review-body', bodyKey: 'crypto-bureau' },
  { id: 'lp-education-bureau', jurisdictionCode: '441623', name: '连平县教育局', kind: 'department', bodyKey: null },
];

export interface DemoAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  organisationId: string | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { id: 'u-admin', username: 'admin', displayName: '平台管理员', role: 'platform-admin', jurisdictionCode: '440000', organisationId: null },
  { id: 'u-lp-policy', username: 'lp-policy', displayName: '连平县政策管理员', role: 'policy-admin', jurisdictionCode: '441623', organisationId: 'lp-data-bureau' },
  { id: 'u-lp-dept', username: 'lp-dept', displayName: '连平县教育局 项目专员', role: 'department', jurisdictionCode: '441623', organisationId: 'lp-education-bureau' },
  { id: 'u-lp-data', username: 'lp-data', displayName: '连平县数据局 审核员', role: 'reviewer', jurisdictionCode: '441623', organisationId: 'lp-data-bureau' },
  { id: 'u-lp-finance', username: 'lp-finance', displayName: '连平县财政局 审核员', role: 'reviewer', jurisdictionCode: '441623', organisationId: 'lp-finance-bureau' },
  { id: 'u-lp-crypto', username: 'lp-crypto', displayName: '连平县密码管理局 审核员', role: 'reviewer', jurisdictionCode: '441623', organisationId: 'lp-crypto-bureau' },
  { id: 'u-gd-observer', username: 'gd-observer', displayName: '广东省观察员', role: 'provincial-observer', jurisdictionCode: '440000', organisationId: null },
];
