import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { defineAbilityFor, ROLES, type Actor, type AppRule } from '@banfa/permissions';
import { verify } from 'argon2';
import { Repository } from 'typeorm';
import { OrganisationEntity, UserEntity } from '../database/entities';
import { AppError } from '../errors/app-error';

export interface Session {
  token: string;
  user: { id: string; username: string; displayName: string; role: string; roleLabel: string; organisationName: string | null };
  actor: Actor;
  /** Packed CASL rules: the web rebuilds the same ability from them. */
  rules: AppRule[];
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly jwt: JwtService,
  ) {}

  async login(username: string, password: string): Promise<Session> {
    const user = await this.users.findOneBy({ username });
    if (!user || !(await verify(user.passwordHash, password))) {
      throw new AppError('unauthenticated', '用户名或密码不正确');
    }
    const organisation = user.organisationId ? await this.organisations.findOneBy({ id: user.organisationId }) : null;
    const actor: Actor = {
      id: user.id,
      role: user.role,
      jurisdictionCode: user.jurisdictionCode,
      ...(user.organisationId ? { organisationId: user.organisationId } : {}),
      ...(organisation?.bodyKey ? { bodyKey: organisation.bodyKey } : {}),
    };
    return {
      token: await this.jwt.signAsync({ actor }, { subject: user.id, expiresIn: '12h' }),
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        roleLabel: ROLES[user.role],
        organisationName: organisation?.name ?? null,
      },
      actor,
      rules: defineAbilityFor(actor).rules,
    };
  }
}
