import type { PolicyDocument } from '@banfa/policy-model';
import { Button, Select, Space, Table, Typography } from 'antd';

/**
 * The reading of each ambiguity setting to evaluate under: the document's own by default (what the department
 * gets), another one to see what it would change (as scenario tests do with `readings`).
 */
export function ReadingsPicker({ doc, readings, onChange }: { doc: PolicyDocument; readings: Readonly<Record<string, string>>; onChange: (readings: Record<string, string>) => void }) {
  if (doc.settings.length === 0) return <Typography.Text type="secondary">本政策没有歧义设置</Typography.Text>;
  const set = (id: string, value: string | undefined) => {
    const next = { ...readings };
    const setting = doc.settings.find((candidate) => candidate.id === id);
    // The document's own reading is the default: not written.
    if (value === undefined || value === setting?.reading) delete next[id];
    else next[id] = value;
    onChange(next);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={doc.settings}
        columns={[
          { key: 'id', title: '编号', dataIndex: 'id', width: 70 },
          { key: 'question', title: '问题', dataIndex: 'question' },
          {
            key: 'reading',
            title: '按何种理解计算',
            width: 240,
            render: (_, setting) => (
              <Select
                aria-label={`${setting.id}的解读`}
                size="small"
                style={{ width: 220 }}
                value={readings[setting.id] ?? setting.reading}
                options={setting.alternatives.map((alternative) => ({
                  value: alternative.value,
                  label: `${alternative.label}${alternative.value === setting.reading ? '（政策所定）' : ''}`,
                  disabled: alternative.effect === 'unsupported',
                }))}
                onChange={(value: string) => set(setting.id, value)}
              />
            ),
          },
        ]}
      />
      {Object.keys(readings).length > 0 && (
        <Button size="small" onClick={() => onChange({})}>
          全部恢复为政策所定的解读
        </Button>
      )}
    </Space>
  );
}
