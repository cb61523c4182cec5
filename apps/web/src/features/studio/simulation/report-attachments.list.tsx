import type { AttachmentReport } from '@banfa/policy-runtime';
import { List, Space, Tag, Typography } from 'antd';
import { CiteTag } from '../../procedure/CiteTag';
import { conditionText } from '../../procedure/condition-text';

const REQUIRED = {
  true: { label: '须提交', color: 'blue' },
  false: { label: '不需要', color: 'default' },
  unknown: { label: '视情况', color: 'gold' },
} as const;

/** The attachments of the track, required or not, each with the reason (its condition and the facts it read) and article. */
export function ReportAttachmentsList({ attachments }: { attachments: ReadonlyArray<AttachmentReport> }) {
  return (
    <List
      size="small"
      data-testid="report-attachments"
      dataSource={[...attachments]}
      locale={{ emptyText: '本管理方式没有规定须提交的材料' }}
      renderItem={(attachment) => {
        const required = REQUIRED[String(attachment.required) as keyof typeof REQUIRED];
        return (
          <List.Item data-testid={`attachment-${attachment.id}`}>
            <Space direction="vertical" size={0}>
              <Space wrap size={[8, 0]}>
                <Typography.Text strong delete={attachment.required === false}>
                  {attachment.name}
                </Typography.Text>
                <Tag color={required.color}>{required.label}</Tag>
                <Typography.Text type="secondary">{attachment.stage.name}阶段</Typography.Text>
                <CiteTag text={attachment.citeText} quote={attachment.cite.quote} />
              </Space>
              <Typography.Text type="secondary">
                {attachment.condition ? `${attachment.required === true ? '因为' : attachment.required === false ? '不需要，因为不满足：' : '尚不能确定：'}${conditionText(attachment.condition)}` : '本办法要求所有项目提交'}
              </Typography.Text>
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
