import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { AppError } from '../errors/app-error';
import { AttachmentLimits } from './attachment-limits';

/** What each of multer's limits means for the person uploading (by multer's error messages, as Nest reports them). */
const REFUSALS: Array<[RegExp, string]> = [
  [/Unexpected (file )?field/, '文件应放在名为 file 的字段中，且每次只能上传一个文件'],
  [/Too many files/, '每次只能上传一个文件'],
  [/Too many (parts|fields)|Field name|Field value|nesting|array index|Invalid field/i, '除文件外只需 requirementId 一个字段'],
];

/**
 * Parses the multipart upload (one file named `file`, kept in memory up to the configured limit, file names read as
 * UTF-8 so that Chinese names survive) and puts multer's refusals into the api's error shape. Only the parsing is
 * wrapped: errors of the handler pass through unchanged.
 */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  private readonly multipart: NestInterceptor;

  constructor(private readonly limits: AttachmentLimits) {
    const Multipart = FileInterceptor('file', {
      defParamCharset: 'utf8',
      limits: { fileSize: limits.maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 4096, fieldNameSize: 100 },
    });
    this.multipart = new Multipart();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multipart.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw new AppError('payload-too-large', `文件超过大小上限 ${this.limits.maxText}，请压缩或拆分后重新上传`);
      }
      const text = error instanceof Error ? error.message : String(error);
      const refusal = REFUSALS.find(([pattern]) => pattern.test(text))?.[1] ?? '上传内容无法解析，请以 multipart/form-data 提交文件（字段 file）和 requirementId';
      throw new AppError('validation-failed', refusal, [{ field: 'file', message: refusal }]);
    }
  }
}
