import { defineAbilityFor, type Actor } from '@banfa/permissions';
import { describe, expect, it } from 'vitest';
import { homePath } from './home-path';

const land = (actor: Omit<Actor, 'id'>) => homePath(defineAbilityFor({ id: 'u', ...actor }));

describe('homePath', () => {
  it('sends each role where its work is', () => {
    expect(land({ role: 'policy-admin', jurisdictionCode: '441623' })).toBe('/studio');
    expect(land({ role: 'department', jurisdictionCode: '441623', organisationId: 'o' })).toBe('/projects');
    expect(land({ role: 'reviewer', jurisdictionCode: '441623', organisationId: 'o', bodyKey: 'crypto-bureau' })).toBe('/inbox');
    expect(land({ role: 'provincial-observer', jurisdictionCode: '440000' })).toBe('/compare');
    expect(land({ role: 'platform-admin', jurisdictionCode: '000000' })).toBe('/projects');
  });
});
