import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { GUARD_MESSAGES } from '../database/guard-messages';
import { AppError, AppErrorCode } from './app-error';

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  'validation-failed': HttpStatus.BAD_REQUEST,
  'policy-invalid': HttpStatus.UNPROCESSABLE_ENTITY,
  'scenarios-failed': HttpStatus.UNPROCESSABLE_ENTITY,
  conflict: HttpStatus.CONFLICT,
  'payload-too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'unsupported-media-type': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  'too-many-requests': HttpStatus.TOO_MANY_REQUESTS,
};

const HTTP_ERRORS: Record<number, [string, string]> = {
  400: ['validation-failed', '请求内容无法解析：请检查 JSON 格式、参数与地址中的编码'],
  401: ['unauthenticated', '请先登录'],
  403: ['forbidden', '当前账号无权进行此操作'],
  404: ['not-found', '请求的地址不存在'],
  405: ['not-found', '该地址不支持此请求方法'],
  413: ['payload-too-large', '请求内容过大'],
  415: ['unsupported-media-type', '不支持的内容类型'],
};

/** The body of every error response: { code, message, details }. */
export interface ErrorBody {
  code: string;
  message: string;
  details: Array<{ field?: string; message: string }>;
}

@Catch()
export class AppErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('AppErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toBody(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    // An error is always JSON, even from an endpoint that had already declared another type (a YAML export, a download).
    response.removeHeader('Content-Disposition');
    response.status(status).type('application/json').json(body);
  }

  private toBody(exception: unknown): [number, ErrorBody] {
    if (exception instanceof AppError) {
      return [STATUS[exception.code], { code: exception.code, message: exception.message, details: exception.details }];
    }
    if (exception instanceof QueryFailedError) {
      const message = String(exception.message);
      if (message.includes(GUARD_MESSAGES.immutableVersion)) {
        return [409, { code: 'conflict', message: '已发布的政策版本不可修改；如需修改，请基于它新建草稿', details: [] }];
      }
      if (message.includes(GUARD_MESSAGES.appendOnly)) {
        return [409, { code: 'conflict', message: '审计日志只能追加，不能修改或删除', details: [] }];
      }
      if (/unique|duplicate/i.test(message)) {
        return [409, { code: 'conflict', message: '记录已存在或已被他人同时修改，请刷新后重试', details: [] }];
      }
    }
    if (exception instanceof ThrottlerException || (exception instanceof HttpException && exception.getStatus() === 429)) {
      return [HttpStatus.TOO_MANY_REQUESTS, { code: 'too-many-requests', message: '请求过于频繁，请稍后再试', details: [] }];
    }
    // Nest's own HTTP errors and the body parser's (malformed JSON, a body too large, a bad URL …): always a 4xx with
    // a Chinese message in the common shape, never a 500 and never the framework's English text.
    const status = exception instanceof HttpException ? exception.getStatus() : (exception as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const [code, message] = HTTP_ERRORS[status] ?? HTTP_ERRORS[400]!;
      return [status, { code, message, details: [] }];
    }
    return [500, { code: 'internal', message: '服务器内部错误，请稍后重试；如果问题持续，请联系管理员', details: [] }];
  }
}
