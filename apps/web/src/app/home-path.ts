import type { AppAbility } from '@banfa/permissions';

/** Where a user lands after signing in: reviewers their inbox, departments and observers the projects. */
export function homePath(ability: AppAbility): string {
  if (ability.can('review', 'Step') && !ability.can('create', 'Project')) return '/inbox';
  if (ability.can('read', 'Project')) return '/projects';
  return '/projects';
}
