import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
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
  conflict: HttpStatus.CONFLICT,
  'payload-too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'unsupported-media-type': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  'too-many-requests': HttpStatus.TOO_MANY_REQUESTS,
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
    response.status(status).json(body);
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
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = status === 404 ? 'not-found' : status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'http-error';
      const message = status === 404 ? '请求的地址不存在' : exception.message;
      return [status, { code, message, details: [] }];
    }
    // Errors of the body parser (malformed JSON, a body too large …) carry their 4xx status: never a 500.
    const status = (exception as { status?: unknown; type?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = status === 413 ? 'payload-too-large' : status === 415 ? 'unsupported-media-type' : 'validation-failed';
      const message = status === 413 ? '请求内容过大' : status === 415 ? '不支持的内容类型' : '请求内容无法解析，请检查格式（应为 JSON）';
      return [status, { code, message, details: [] }];
    }
    return [500, { code: 'internal', message: '服务器内部错误，请稍后重试；如果问题持续，请联系管理员', details: [] }];
  }
}
