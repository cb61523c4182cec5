import type { ArgumentsHost } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { AppErrorFilter } from '../errors/app-error.filter';

/** Runs the api's error filter on an exception and returns the response it writes. */
function respond(exception: unknown): { status: number; body: unknown } {
  const written: { status: number; body: unknown } = { status: 0, body: undefined };
  const response = {
    status(code: number) {
      written.status = code;
      return this;
    },
    type() {
      return this;
    },
    removeHeader() {},
    json(body: unknown) {
      written.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new AppErrorFilter().catch(exception, host);
  return written;
}

describe('429 in the common error shape', () => {
  it('maps @nestjs/throttler’s exception to too-many-requests with a Chinese message', () => {
    expect(respond(new ThrottlerException())).toEqual({ status: 429, body: { code: 'too-many-requests', message: '请求过于频繁，请稍后再试', details: [] } });
  });

  it('keeps the login’s own message', () => {
    expect(respond(new AppError('too-many-requests', '登录失败次数过多'))).toEqual({
      status: 429,
      body: { code: 'too-many-requests', message: '登录失败次数过多', details: [] },
    });
  });
});
