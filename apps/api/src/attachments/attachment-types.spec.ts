import { describe, expect, it } from 'vitest';
import { AttachmentLimits } from './attachment-limits';
import { cleanFileName, detectAttachmentType } from './attachment-types';
import { attachmentDisposition } from './content-disposition';

const zip = (part: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(`....${part}....`, 'latin1')]);

describe('attachment types', () => {
  it.each([
    ['方案.pdf', Buffer.from('%PDF-1.4'), 'application/pdf'],
    ['批复.OFD', zip('OFD.xml'), 'application/ofd'],
    ['清单.xlsx', zip('xl/workbook.xml'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['旧版.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'application/msword'],
    ['照片.jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
  ])('recognises %s by extension and content', (name, content, mediaType) => {
    expect(detectAttachmentType(name, content)).toEqual({ type: expect.objectContaining({ mediaType }) });
  });

  it('refuses a ZIP that is not the Office package its extension claims, and unknown extensions', () => {
    expect(detectAttachmentType('表格.xlsx', zip('word/document.xml'))).toEqual({ refusal: expect.stringContaining('扩展名与内容不符') });
    expect(detectAttachmentType('压缩包.zip', zip('a.txt'))).toEqual({ refusal: expect.stringContaining('不支持“.zip”类型的文件') });
  });

  it('keeps only the file name, without folders or control characters', () => {
    expect(cleanFileName('C:\\Users\\张三\\项目方案.pdf')).toBe('项目方案.pdf');
    expect(cleanFileName('../../etc/passwd\u0000.pdf')).toBe('passwd.pdf');
  });

  it('writes the original name as RFC 5987 with an ASCII fallback', () => {
    expect(attachmentDisposition('方案 (1).pdf')).toBe(`attachment; filename="__ (1).pdf"; filename*=UTF-8''%E6%96%B9%E6%A1%88%20%281%29.pdf`);
    expect(attachmentDisposition('a"b.pdf')).toBe(`attachment; filename="a_b.pdf"; filename*=UTF-8''a%22b.pdf`);
  });

  it('reads the size limit from ATTACHMENT_MAX_MB (20 MB by default) and refuses a wrong one at boot', () => {
    expect(AttachmentLimits.fromEnv({}).maxBytes).toBe(20 * 1024 * 1024);
    expect(AttachmentLimits.fromEnv({ ATTACHMENT_MAX_MB: '0.5' }).maxText).toBe('512 KB');
    expect(() => AttachmentLimits.fromEnv({ ATTACHMENT_MAX_MB: 'lots' })).toThrow('ATTACHMENT_MAX_MB');
  });
});
