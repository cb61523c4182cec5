/** The roles of Banfa's users. A user has exactly one role, scoped to a jurisdiction or an organisation. */
export const ROLES = {
  'platform-admin': '平台管理员',
  'policy-admin': '政策管理员',
  department: '项目建设单位',
  reviewer: '审查机构',
  'provincial-observer': '省级观察员',
} as const;

export type Role = keyof typeof ROLES;

/** What permissions need to know of a user (the api puts this in the session; the web receives it). */
export interface Actor {
  id: string;
  role: Role;
  /** GB/T 2260 code of the user's jurisdiction (policy admins, observers: the province). */
  jurisdictionCode: string;
  /** The user's organisation (departments and review bodies). */
  organisationId?: string;
  /** For reviewers: the body catalogue key of their organisation (crypto-bureau …). */
  bodyKey?: string;
}
