import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { abilityFromRules, defineAbilityFor } from './ability';

const department = defineAbilityFor({ id: 'u1', role: 'department', jurisdictionCode: '441623', organisationId: 'org-a' });

describe('permissions', () => {
  it('lets a department create and submit projects of its own organisation only', () => {
    expect(department.can('submit', subject('Project', { organisationId: 'org-a' }))).toBe(true);
    expect(department.can('submit', subject('Project', { organisationId: 'org-b' }))).toBe(false);
  });

  it('does not let a department publish a policy', () => {
    expect(department.can('publish', subject('PolicyVersion', { jurisdictionCode: '441623' }))).toBe(false);
  });

  it('lets a policy admin publish only its own jurisdiction', () => {
    const admin = defineAbilityFor({ id: 'u2', role: 'policy-admin', jurisdictionCode: '441623' });
    expect(admin.can('publish', subject('PolicyVersion', { jurisdictionCode: '441623' }))).toBe(true);
    expect(admin.can('publish', subject('PolicyVersion', { jurisdictionCode: '210882' }))).toBe(false);
  });

  it('survives packing the rules for the web', () => {
    const web = abilityFromRules(JSON.parse(JSON.stringify(department.rules)));
    expect(web.can('create', subject('Project', { organisationId: 'org-a' }))).toBe(true);
    expect(web.can('create', subject('Project', { organisationId: 'org-b' }))).toBe(false);
  });
});
