import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Action, Subject } from '@banfa/permissions';

export const PERMISSION = 'banfa:permission';

/** What an endpoint requires: an action on a subject type (rows are checked again in the service and in queries). */
export interface DeclaredPermission {
  action: Action;
  subject: Exclude<Subject, 'all'>;
}

/**
 * Declares the permission an endpoint requires. Every endpoint declares one (or is @Public / @SignedIn):
 * the guard refuses endpoints that declare nothing, and a test lists them.
 */
export function Permission(action: Action, subject: DeclaredPermission['subject']): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(PERMISSION, { action, subject } satisfies DeclaredPermission),
    ApiExtension('x-permission', `${action} ${subject}`),
    ApiUnauthorizedResponse({ description: '未登录或登录已过期' }),
    ApiForbiddenResponse({ description: `需要权限：${action} ${subject}` }),
  );
}

export const SIGNED_IN = 'banfa:signed-in';

/** Any signed-in user may call the endpoint (e.g. /api/me); what it returns is still scoped to the user. */
export function SignedIn(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(SIGNED_IN, true),
    ApiExtension('x-permission', 'signed-in'),
    ApiUnauthorizedResponse({ description: '未登录或登录已过期' }),
  );
}
