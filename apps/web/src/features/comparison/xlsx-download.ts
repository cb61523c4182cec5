import { downloadFromApi, fileNameFromDisposition } from '../../api/file.download';

/** Downloads a comparison workbook under the file name the api gives (else `fallback`). Returns that name. */
export function downloadWorkbook(path: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}, fallback = '政策对比.xlsx'): Promise<string> {
  return downloadFromApi(path, { ...init, fileName: (disposition) => fileNameFromDisposition(disposition, fallback) });
}
