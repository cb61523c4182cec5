import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { abilityFromRules, defineAbilityFor } from './ability';

const department = defineAbilityFor({ id: 'u1', role: 'department', jurisdictionCode: '441623', organisationId: 'org-a' });
const reviewer = defineAbilityFor({ id: 'u3', role: 'reviewer', jurisdictionCode: '441623', organisationId: 'crypto', bodyKey: 'crypto-bureau' });
const observer = defineAbilityFor({ id: 'u4', role: 'provincial-observer', jurisdictionCode: '440000' });

describe('permissions', () => {
  it('lets a department create and submit projects of its own organisation only', () => {
    expect(department.can('submit', subject('Project', { organisationId: 'org-a' }))).toBe(true);
    expect(department.can('submit', subject('Project', { organisationId: 'org-b' }))).toBe(false);
  });

  it('does not let a department publish a policy or read a draft', () => {
    expect(department.can('publish', subject('PolicyVersion', { jurisdictionCode: '441623' }))).toBe(false);
    expect(department.can('read', subject('PolicyVersion', { jurisdictionCode: '441623', state: 'draft' }))).toBe(false);
    expect(department.can('read', subject('PolicyVersion', { jurisdictionCode: '441623', state: 'published' }))).toBe(true);
  });

  it('lets a policy admin author and publish only its own jurisdiction', () => {
    const admin = defineAbilityFor({ id: 'u2', role: 'policy-admin', jurisdictionCode: '441623' });
    expect(admin.can('publish', subject('PolicyVersion', { jurisdictionCode: '441623' }))).toBe(true);
    expect(admin.can('publish', subject('PolicyVersion', { jurisdictionCode: '210882' }))).toBe(false);
    expect(admin.can('read', subject('PolicyVersion', { jurisdictionCode: '210882', state: 'draft' }))).toBe(false);
    expect(admin.can('read', subject('Project', { jurisdictionCode: '441623' }))).toBe(false);
  });

  it("lets a reviewer act on its own body's steps in its own jurisdiction only", () => {
    expect(reviewer.can('review', subject('Step', { jurisdictionCode: '441623', bodyKey: 'crypto-bureau' }))).toBe(true);
    expect(reviewer.can('review', subject('Step', { jurisdictionCode: '441623', bodyKey: 'finance-bureau' }))).toBe(false);
    expect(reviewer.can('review', subject('Step', { jurisdictionCode: '210882', bodyKey: 'crypto-bureau' }))).toBe(false);
    expect(reviewer.can('read', subject('Project', { jurisdictionCode: '441623' }))).toBe(true);
    expect(reviewer.can('update', subject('Project', { jurisdictionCode: '441623' }))).toBe(false);
  });

  it('lets a reviewer without a body act on no step', () => {
    const bodiless = defineAbilityFor({ id: 'u5', role: 'reviewer', jurisdictionCode: '441623' });
    expect(bodiless.can('review', subject('Step', { jurisdictionCode: '441623' }))).toBe(false);
  });

  it('lets a provincial observer read under its province and write nothing', () => {
    expect(observer.can('read', subject('Project', { provinceCode: '440000' }))).toBe(true);
    expect(observer.can('read', subject('Project', { provinceCode: '210000' }))).toBe(false);
    for (const action of ['create', 'update', 'submit', 'publish', 'review'] as const) {
      for (const type of ['Project', 'PolicyVersion', 'Step', 'Calendar'] as const) {
        expect(observer.can(action, subject(type, { provinceCode: '440000', jurisdictionCode: '441623' }))).toBe(false);
      }
    }
  });

  it('survives packing the rules for the web', () => {
    const web = abilityFromRules(JSON.parse(JSON.stringify(department.rules)));
    expect(web.can('create', subject('Project', { organisationId: 'org-a' }))).toBe(true);
    expect(web.can('create', subject('Project', { organisationId: 'org-b' }))).toBe(false);
  });
});
