import { UploadOutlined } from '@ant-design/icons';
import { connect, mapProps } from '@formily/react';
import { Button, Upload, type UploadFile } from 'antd';

/** What an upload field keeps: a reference to each chosen file (its name and size), never the file itself. */
export interface AttachmentReference {
  name: string;
  size: number;
}

interface AttachmentUploadProps {
  value?: AttachmentReference[];
  onChange?: (value: AttachmentReference[]) => void;
  disabled?: boolean;
  accept?: string;
  maxCount?: number;
  id?: string;
  'aria-label'?: string;
}

/**
 * 附件上传 in a policy form. The field records which files were chosen (names and sizes); the files themselves go
 * through the project's materials (the attachments panel, stored by content hash on the server), which need a
 * project and a requirement of the policy that a bare form field does not have. In the designer's preview it is a
 * list of file names.
 */
function AttachmentUploadBase({ value, onChange, disabled, accept, maxCount, id, 'aria-label': ariaLabel }: AttachmentUploadProps) {
  const files = Array.isArray(value) ? value : [];
  const fileList: UploadFile[] = files.map((file, index) => ({ uid: `${index}-${file.name}`, name: file.name, size: file.size, status: 'done' }));
  return (
    <Upload
      fileList={fileList}
      disabled={disabled}
      accept={accept}
      multiple={maxCount !== 1}
      beforeUpload={(file) => {
        const next = [...files, { name: file.name, size: file.size }];
        onChange?.(maxCount ? next.slice(-maxCount) : next);
        // Nothing is sent from here: the reference is kept and the file goes with the project's materials.
        return false;
      }}
      onRemove={(removed) => {
        onChange?.(files.filter((_, index) => `${index}-${files[index]?.name}` !== removed.uid));
        return true;
      }}
    >
      <Button id={id} aria-label={ariaLabel ? `${ariaLabel}：选择文件` : '选择文件'} icon={<UploadOutlined />} disabled={disabled}>
        选择文件
      </Button>
    </Upload>
  );
}

export const AttachmentUpload = connect(AttachmentUploadBase, mapProps({ readOnly: 'disabled' }));
