import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from 'argon2';
import { Repository } from 'typeorm';
import { Clock } from '../calendar/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UserEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { LoginAttempts } from './login-attempts';
import { SessionBuilder, type SessionBody } from './session.builder';

export interface Session extends SessionBody {
  /** Bearer token, valid for JWT_TTL (2 hours by default). */
  token: string;
  /** When the token expires (ISO instant): the web signs in again after it. */
  expiresAt: string;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Verified against when the username is unknown, so the answer takes as long as for a wrong password. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    private readonly sessions: SessionBuilder,
    private readonly attempts: LoginAttempts,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the password (argon2) and issues a short-lived token. Failed and refused attempts are written to the
   * log (username, address, why); never the password. Logins are not audit-chain entries: the chain records
   * changes to data, and its single-writer lock must not slow down or be flooded by logins.
   */
  async login(username: string, password: string, ip: string): Promise<Session> {
    try {
      this.attempts.check(ip, username);
    } catch (error) {
      this.logger.warn({ event: 'login-refused', username, ip }, 'login refused: too many failed attempts');
      throw error;
    }
    const user = await this.users.findOneBy({ username });
    const matches = await this.passwordMatches(user, password);
    if (!user || !matches) {
      this.attempts.failed(ip, username);
      this.logger.warn({ event: 'login-failed', username, ip, reason: user ? 'wrong-password' : 'unknown-user' }, 'login failed');
      throw new AppError('unauthenticated', '用户名或密码不正确');
    }
    this.attempts.succeeded(ip, username);
    this.logger.log({ event: 'login', userId: user.id, username, ip }, 'login');
    const session = await this.sessions.forUser(user);
    const ttl = this.config.jwtTtlSeconds;
    return {
      token: await this.jwt.signAsync({ actor: session.actor }, { subject: user.id, expiresIn: ttl }),
      expiresAt: new Date(this.clock.now().getTime() + ttl * 1000).toISOString(),
      ...session,
    };
  }

  private async passwordMatches(user: UserEntity | null, password: string): Promise<boolean> {
    this.dummyHash ??= hash('banfa: no such user');
    try {
      return await verify(user?.passwordHash ?? (await this.dummyHash), password);
    } catch (error) {
      // A stored hash argon2 cannot read: the account cannot log in until an administrator resets it.
      this.logger.error({ event: 'login-unreadable-hash', userId: user?.id, error: String(error) }, 'stored password hash is unreadable');
      return false;
    }
  }
}
