import { IsString, MaxLength, MinLength } from 'class-validator';

/** The text field of the multipart upload (the file itself is the part named `file`). */
export class UploadAttachmentDto {
  @IsString({ message: '请填写 requirementId：附件对应的政策附件要求（见决定报告 attachments[].id）' })
  @MinLength(1, { message: '请填写 requirementId：附件对应的政策附件要求（见决定报告 attachments[].id）' })
  @MaxLength(64, { message: 'requirementId 过长' })
  requirementId!: string;
}
