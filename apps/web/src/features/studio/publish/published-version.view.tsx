import type { PolicyVersionSummaryView } from '@banfa/api-contract';
import { Result, Typography } from 'antd';
import dayjs from 'dayjs';
import { useAuth } from '../../../auth/AuthContext';
import { formatChineseDate } from '../../procedure/format-date';

/** “现行有效” / “自2026年1月1日起施行” / “已不在施行期内”: where a published version stands today. */
export function inForceText(version: Pick<PolicyVersionSummaryView, 'inForce' | 'effectiveFrom' | 'effectiveTo'>, today: string = dayjs().format('YYYY-MM-DD')): string {
  if (version.inForce) return '现行有效';
  if (version.effectiveFrom && version.effectiveFrom > today) return `自${formatChineseDate(version.effectiveFrom)}起施行`;
  return '已不在施行期内';
}

/** Who published: the signed-in user by name (本人), anyone else by the account id the api gives. */
export function publisherName(id: string | null | undefined, session: { user: { id: string; displayName: string } } | null): string | null {
  if (!id) return null;
  return session && id === session.user.id ? `${session.user.displayName}（本人）` : id;
}

/** A published version: its effective period, whether it is in force, when and by whom it was published. Read-only. */
export function PublishedVersionView({ version, publishedBy }: { version: PolicyVersionSummaryView; publishedBy?: string | null }) {
  const { session } = useAuth();
  const publisher = publisherName(publishedBy, session);
  return (
    <div data-testid="published">
      <Result
        status="success"
        title={`${version.label} 已发布 · ${inForceText(version)}`}
        subTitle={
          <>
            <div>
              施行期间：{version.effectiveFrom ? formatChineseDate(version.effectiveFrom) : '未定'}起{version.effectiveTo ? `至${formatChineseDate(version.effectiveTo)}` : '，未定结束日期'}
            </div>
            {version.publishedAt && (
              <div>
                发布于 {dayjs(version.publishedAt).format('YYYY-MM-DD HH:mm')}
                {publisher ? `，发布人 ${publisher}` : ''}
              </div>
            )}
            <div>
              内容哈希 <Typography.Text code>{version.contentHash.slice(0, 16)}</Typography.Text>：已发布的版本不可修改；如需修改，请在“版本历史”中基于此版本新建草稿
            </div>
          </>
        }
      />
    </div>
  );
}
