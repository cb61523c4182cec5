import type { DecisionReport } from '@banfa/policy-runtime';
import { Space, Typography } from 'antd';
import { CiteTag } from '../procedure/CiteTag';
import { conditionText } from '../procedure/condition-text';

/** The track (备案制 / 审批制 …) with the condition that chose it and those that did not hold, each with its article. */
export function TrackCard({ track }: { track: DecisionReport['track'] }) {
  if (!track) return <Typography.Text type="danger">尚无法确定管理方式</Typography.Text>;
  return (
    <Space direction="vertical" size={2} data-testid="track">
      <Space>
        <Typography.Text>管理方式：</Typography.Text>
        <Typography.Text strong data-testid="track-name">
          {track.name}
        </Typography.Text>
        <CiteTag text={track.citeText} quote={track.cite.quote} />
      </Space>
      {track.condition && <Typography.Text type="secondary">依据：{conditionText(track.condition)}</Typography.Text>}
      {track.notChosen.map((other) => (
        <Typography.Text type="secondary" key={other.id}>
          不适用{other.name}：{conditionText(other.condition)}不成立 <CiteTag text={other.condition.citeText} />
        </Typography.Text>
      ))}
    </Space>
  );
}
