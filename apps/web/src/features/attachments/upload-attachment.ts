import type { AttachmentView, ErrorResponse } from '@banfa/api-contract';
import { ApiError, authHeaders } from '../../api/http';

/**
 * Uploads one file for an attachment requirement, reporting progress (fetch cannot), and turns the api's error
 * into an ApiError with its Chinese message (413 too large, 415 wrong type …).
 */
export function uploadAttachment(projectId: string, requirementId: string, file: File, onProgress: (percent: number) => void): Promise<AttachmentView> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/projects/${projectId}/attachments`);
    for (const [name, value] of Object.entries(authHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new ApiError(0, { code: 'network', message: '上传中断：无法连接服务器，请检查网络后重新上传', details: [] }));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as AttachmentView);
      else {
        const error = (body ?? {}) as Partial<ErrorResponse>;
        reject(new ApiError(request.status, { code: error.code ?? 'http-error', message: error.message ?? `上传失败（${request.status}）`, details: error.details ?? [] }));
      }
    };
    const form = new FormData();
    form.append('requirementId', requirementId);
    form.append('file', file, file.name);
    request.send(form);
  });
}
