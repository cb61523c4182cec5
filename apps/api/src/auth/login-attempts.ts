import { Injectable } from '@nestjs/common';
import { Clock } from '../calendar/clock';
import { AppError } from '../errors/app-error';
import { FailureWindow } from './failure-window';

/** Failed logins allowed per minute for one username from one address, and for one address over all usernames. */
export const LOGIN_FAILURES_PER_ACCOUNT = 5;
export const LOGIN_FAILURES_PER_ADDRESS = 50;
const WINDOW_MS = 60_000;

/**
 * Brute-force protection of /api/auth/login. Failed attempts are counted (a correct login is never what an
 * attacker is short of): after 5 failures for one username from one address within a minute, the next attempt is
 * refused with 429 whatever the password; an address spraying many usernames is stopped after 50. A correct
 * login clears its own count. Successful logins do not count, so people and test suites that log in often are
 * never locked out.
 */
@Injectable()
export class LoginAttempts {
  private readonly perAccount = new FailureWindow(LOGIN_FAILURES_PER_ACCOUNT, WINDOW_MS);
  private readonly perAddress = new FailureWindow(LOGIN_FAILURES_PER_ADDRESS, WINDOW_MS);

  constructor(private readonly clock: Clock) {}

  /** Throws 429 'too-many-requests' when this address may not try this username now. */
  check(ip: string, username: string): void {
    const now = this.clock.now().getTime();
    const wait = Math.max(this.perAccount.retryAfter(accountKey(ip, username), now), this.perAddress.retryAfter(ip, now));
    if (wait > 0) {
      throw new AppError(
        'too-many-requests',
        `登录失败次数过多，请 ${Math.ceil(wait / 1000)} 秒后再试（同一账号每分钟最多失败 ${LOGIN_FAILURES_PER_ACCOUNT} 次）；如忘记密码，请联系平台管理员`,
      );
    }
  }

  failed(ip: string, username: string): void {
    const now = this.clock.now().getTime();
    this.perAccount.fail(accountKey(ip, username), now);
    this.perAddress.fail(ip, now);
  }

  succeeded(ip: string, username: string): void {
    this.perAccount.clear(accountKey(ip, username));
  }
}

function accountKey(ip: string, username: string): string {
  return `${ip}\n${username}`;
}
