import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defineAbilityFor, type Actor } from '@banfa/permissions';
import { IS_PUBLIC } from '../auth/public.decorator';
import { AppError } from '../errors/app-error';
import { PERMISSION, SIGNED_IN, type DeclaredPermission } from './permission.decorator';

/**
 * Deny by default. Runs after the AuthGuard: an endpoint must be @Public, @SignedIn or declare a @Permission
 * the actor's ability grants for some row of the subject type; rows are checked in the services and queries.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<{ actor?: Actor }>();
    if (!request.actor) throw new AppError('unauthenticated', '请先登录');
    if (this.reflector.getAllAndOverride<boolean>(SIGNED_IN, targets)) return true;
    const declared = this.reflector.getAllAndOverride<DeclaredPermission | undefined>(PERMISSION, targets);
    if (!declared) throw new AppError('forbidden', '该接口未声明所需权限，默认拒绝');
    if (!defineAbilityFor(request.actor).can(declared.action, declared.subject)) {
      throw new AppError('forbidden', '当前账号无权进行此操作');
    }
    return true;
  }
}
