export { abilityFromRules, defineAbilityFor, type Action, type AppAbility, type AppRule, type Subject } from './ability';
export { ROLES, type Actor, type Role } from './roles';
export { subject } from '@casl/ability';
