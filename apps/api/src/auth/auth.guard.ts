import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '@banfa/permissions';
import { AppError } from '../errors/app-error';
import { IS_PUBLIC } from './public.decorator';

/** Global guard: every endpoint needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const [scheme, token] = (request.headers['authorization'] ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new AppError('unauthenticated', '请先登录');
    try {
      const payload = await this.jwt.verifyAsync<{ actor: Actor }>(token);
      request.actor = payload.actor;
      return true;
    } catch {
      throw new AppError('unauthenticated', '登录已过期，请重新登录');
    }
  }
}
