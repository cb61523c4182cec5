import type { PolicyErrorDetail } from '@banfa/api-contract';
import { Alert } from 'antd';
import { ApiError } from '../../../api/http';

/**
 * A refusal from the api, as it said it: the message, then each detail with where (field, line:col) and, for a
 * failing scenario, each expectation that did not hold.
 */
export function ApiErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const message = error instanceof Error ? error.message : String(error);
  const details = (error instanceof ApiError ? error.body.details : []) as PolicyErrorDetail[];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="api-error"
      message={title ? `${title}：${message}` : message}
      description={
        details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {details.map((detail, index) => (
              <li key={index}>
                {detail.scenario ? `场景“${detail.scenario}”` : ''}
                {detail.field && !detail.scenario ? `${detail.field}${detail.line !== undefined ? `（第 ${detail.line} 行${detail.column !== undefined ? `第 ${detail.column} 列` : ''}）` : ''}：` : detail.scenario ? '：' : ''}
                {detail.message}
                {detail.hint ? `（提示：${detail.hint}）` : ''}
                {detail.failures && detail.failures.length > 0 && (
                  <ul style={{ paddingInlineStart: 18 }}>
                    {detail.failures.map((failure, i) => (
                      <li key={i}>{failure}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
