import type { AppAbility } from '@banfa/permissions';

/**
 * Where a user lands after signing in: reviewers their inbox, departments the projects, observers the comparison,
 * policy admins the studio.
 */
export function homePath(ability: AppAbility): string {
  if (ability.can('review', 'Step') && !ability.can('create', 'Project')) return '/inbox';
  // Policy admins author regulations and file no projects.
  if (ability.can('update', 'PolicyVersion') && !ability.can('create', 'Project')) return '/studio';
  // Provincial observers (read projects, create and review nothing) compare their province's regulations.
  if (ability.can('read', 'Project') && !ability.can('create', 'Project') && !ability.can('review', 'Step')) return '/compare';
  if (ability.can('read', 'Project')) return '/projects';
  return '/projects';
}
