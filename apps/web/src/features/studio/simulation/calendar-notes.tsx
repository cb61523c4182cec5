import { Tag, Tooltip } from 'antd';
import type { BrowserCalendarState } from './browser-calendar.hook';

/**
 * Where the working days come from, and what is not settled: years still loading or not answered. (A deadline in a
 * year without a published arrangement says so itself: “暂定”.)
 */
export function CalendarNotes({ calendar }: { calendar: BrowserCalendarState }) {
  return (
    <span data-testid="calendar-notes">
      {calendar.loading && <Tag>正在读取节假日安排…</Tag>}
      {calendar.failedYears.length > 0 && (
        <Tooltip title="未能从服务器读取这些年份的节假日更正，暂按国务院公布的安排（chinese-days 数据包）计算">
          <Tag color="orange">{calendar.failedYears.join('、')}年日历未读取</Tag>
        </Tooltip>
      )}
      {!calendar.loading && calendar.failedYears.length === 0 && (
        <Tooltip title={`国务院公布的节假日安排及管理员的更正，与服务器相同${calendar.provisionalYears.length > 0 ? `；${calendar.provisionalYears.join('、')}年尚未公布，落在这些年份的到期日标为“暂定”` : ''}`}>
          <Tag color="green">按国家法定工作日计算</Tag>
        </Tooltip>
      )}
    </span>
  );
}
