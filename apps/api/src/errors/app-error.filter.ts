import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, AppErrorCode } from './app-error';

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  'validation-failed': HttpStatus.BAD_REQUEST,
  'policy-invalid': HttpStatus.UNPROCESSABLE_ENTITY,
  conflict: HttpStatus.CONFLICT,
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
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = status === 404 ? 'not-found' : status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'http-error';
      const message = status === 404 ? '请求的地址不存在' : exception.message;
      return [status, { code, message, details: [] }];
    }
    return [500, { code: 'internal', message: '服务器内部错误，请稍后重试；如果问题持续，请联系管理员', details: [] }];
  }
}
