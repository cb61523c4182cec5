import type { MissingFactQuestion } from '@banfa/api-contract';
import { findCanonicalFact } from '@banfa/policy-model';
import { Button, Col, Collapse, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { COMMON_FACTS, type SampleProjectValues } from './sample-project.input';

interface FormValues {
  totalInvestment?: string;
  submittedOn?: Dayjs | null;
  facts?: Record<string, unknown>;
}

const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

function label(key: string): string {
  return findCanonicalFact(key)?.label ?? key;
}

/** An answer field for a fact of any type, labelled for screen readers and tests. */
function FactInput({ question }: { question: Pick<MissingFactQuestion, 'key' | 'label' | 'type' | 'options'> }) {
  switch (question.type) {
    case 'boolean':
      return <Radio.Group aria-label={question.label} options={YES_NO} />;
    case 'enum':
      return <Select aria-label={question.label} allowClear placeholder="请选择" options={(question.options ?? []).map((option) => ({ value: option.value, label: option.label }))} />;
    case 'money':
      return <Input aria-label={question.label} suffix="万元" inputMode="decimal" />;
    case 'integer':
      return <InputNumber aria-label={question.label} precision={0} style={{ width: '100%' }} />;
    default:
      return <Input aria-label={question.label} />;
  }
}

/**
 * 样例项目: 总投资, the facts most regulations read to choose a track, the submission date, and — after a first run —
 * the other facts the compared policies reported they needed (each saying which jurisdictions need it).
 */
export function SampleProjectForm({
  questions,
  names,
  defaultDate,
  loading,
  onSubmit,
}: {
  questions: ReadonlyArray<MissingFactQuestion>;
  /** Column key → jurisdiction name, to say who needs a fact. */
  names: ReadonlyMap<string, string>;
  defaultDate: string;
  loading: boolean;
  onSubmit: (values: SampleProjectValues) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const common = COMMON_FACTS.map((key) => {
    const fact = findCanonicalFact(key);
    return { key, label: fact?.label ?? key, type: fact?.type ?? 'boolean', options: fact?.options ? fact.options.map((option) => ({ ...option })) : undefined };
  });
  const more = questions.filter((question) => question.key !== 'totalInvestment' && !(COMMON_FACTS as ReadonlyArray<string>).includes(question.key) && question.type !== 'date');
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      className="banfa-print-hide"
      data-testid="sample-project"
      initialValues={{ submittedOn: dayjs(defaultDate), facts: { involvesCryptography: false } }}
      onFinish={(values) =>
        onSubmit({ totalInvestment: values.totalInvestment ?? null, submittedOn: values.submittedOn ? values.submittedOn.format('YYYY-MM-DD') : null, facts: values.facts ?? {} })
      }
    >
      <Row gutter={16}>
        <Col xs={24} sm={12} md={6}>
          <Form.Item
            name="totalInvestment"
            label={`${label('totalInvestment')}（万元）`}
            rules={[
              { required: true, message: '请填写项目总投资' },
              { pattern: /^\d+(\.\d{1,6})?$/, message: '应为金额（万元），精确到分，例如 80 或 12.5' },
            ]}
          >
            <Input suffix="万元" inputMode="decimal" placeholder="例如 80" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name="submittedOn" label="申报日期" rules={[{ required: true, message: '请选择申报日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {common.map((fact) => (
          <Col xs={24} sm={12} md={6} key={fact.key}>
            <Form.Item name={['facts', fact.key]} label={fact.label}>
              <FactInput question={fact} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {more.length > 0 && (
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'more',
              label: `补充其他事实：所对比的办法作出判断还需要的 ${more.length} 项（可选）`,
              children: (
                <Row gutter={16}>
                  {more.map((question) => (
                    <Col xs={24} sm={12} md={8} key={question.key}>
                      <Form.Item
                        name={['facts', question.key]}
                        label={question.label}
                        tooltip={`${question.columns.map((column) => names.get(column) ?? column).join('、')}需要`}
                      >
                        <FactInput question={question} />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              ),
            },
          ]}
        />
      )}
      <Button type="primary" htmlType="submit" loading={loading}>
        运行对比
      </Button>
    </Form>
  );
}
