import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@banfa/permissions';
import { Repository } from 'typeorm';
import { UserEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { SignedIn } from '../permissions/permission.decorator';
import { CurrentActor } from './current-actor.decorator';
import { sameActor, SessionBuilder, type SessionBody } from './session.builder';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionBuilder,
  ) {}

  /**
   * The signed-in user, actor and packed rules (the login's session without the token), read again from the
   * database: a token issued before the account was removed or its role or organisation changed is refused.
   */
  @Get()
  @SignedIn()
  @ApiOkResponse({ description: '当前用户、权限主体和权限规则（与登录返回的结构相同，不含令牌）' })
  async me(@CurrentActor() actor: Actor): Promise<SessionBody> {
    const user = await this.users.findOneBy({ id: actor.id });
    if (!user) throw new AppError('unauthenticated', '账号已不存在，请重新登录或联系平台管理员');
    const session = await this.sessions.forUser(user);
    if (!sameActor(session.actor, actor)) throw new AppError('unauthenticated', '账号的角色或所属单位已变更，请重新登录');
    return session;
  }
}
