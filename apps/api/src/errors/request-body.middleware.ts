import type { NextFunction, Request, Response } from 'express';
import { AppError } from './app-error';

const ACCEPTED = /^(application\/json|multipart\/form-data)\b/i;

/**
 * Bodies are JSON (or multipart for uploads). A body of any other type is refused with 415 before it reaches a
 * controller; a request without a body gets an empty object, so no handler ever sees `undefined`.
 */
export function requestBodyGuard(request: Request, _response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  const type = request.headers['content-type'];
  if (hasBody && ['POST', 'PUT', 'PATCH'].includes(request.method) && !(type && ACCEPTED.test(type))) {
    next(new AppError('unsupported-media-type', `不支持的内容类型“${type ?? '未注明'}”：请以 application/json 发送（上传附件用 multipart/form-data）`));
    return;
  }
  if (request.body === undefined || request.body === null) request.body = {};
  next();
}
