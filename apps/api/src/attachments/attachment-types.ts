/**
 * The file types a project may attach, recognised by extension AND content (magic bytes), so that a renamed
 * executable or a mislabelled file is refused. Office Open XML and OFD (GB/T 33190) files are ZIP packages: their
 * content is recognised by the ZIP signature and the part every such package has.
 */
export interface AttachmentType {
  extensions: string[];
  mediaType: string;
  label: string;
  matches(content: Buffer): boolean;
}

const startsWith = (signature: number[]) => (content: Buffer) => signature.every((byte, index) => content[index] === byte);
const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const zipWith = (part: string) => (content: Buffer) => ZIP(content) && content.includes(Buffer.from(part, 'latin1'));

export const ATTACHMENT_TYPES: ReadonlyArray<AttachmentType> = [
  { extensions: ['pdf'], mediaType: 'application/pdf', label: 'PDF', matches: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { extensions: ['ofd'], mediaType: 'application/ofd', label: 'OFD', matches: zipWith('OFD.xml') },
  {
    extensions: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word（docx）',
    matches: zipWith('word/'),
  },
  {
    extensions: ['xlsx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel（xlsx）',
    matches: zipWith('xl/'),
  },
  {
    extensions: ['pptx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint（pptx）',
    matches: zipWith('ppt/'),
  },
  { extensions: ['doc', 'wps'], mediaType: 'application/msword', label: 'Word 97-2003（doc）/ WPS', matches: OLE2 },
  { extensions: ['xls', 'et'], mediaType: 'application/vnd.ms-excel', label: 'Excel 97-2003（xls）', matches: OLE2 },
  { extensions: ['png'], mediaType: 'image/png', label: 'PNG', matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { extensions: ['jpg', 'jpeg'], mediaType: 'image/jpeg', label: 'JPEG', matches: startsWith([0xff, 0xd8, 0xff]) },
];

export const ALLOWED_EXTENSIONS_TEXT = ATTACHMENT_TYPES.flatMap((type) => type.extensions).join('、');

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The type of a file, or why it is refused. */
export function detectAttachmentType(fileName: string, content: Buffer): { type: AttachmentType } | { refusal: string } {
  const extension = extensionOf(fileName);
  const type = ATTACHMENT_TYPES.find((candidate) => candidate.extensions.includes(extension));
  if (!type) {
    return { refusal: `不支持“.${extension || '（无扩展名）'}”类型的文件；可上传：${ALLOWED_EXTENSIONS_TEXT}` };
  }
  if (!type.matches(content)) {
    return { refusal: `文件“${fileName}”的内容不是 ${type.label} 格式（扩展名与内容不符），请上传原始文件` };
  }
  return { type };
}

/** The file name as the user gave it, without any folder part or control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-255);
}
