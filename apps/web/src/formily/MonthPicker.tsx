import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface MonthPickerProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  'aria-label'?: string;
}

/** A year and month (计划动工时间 “   年   月”), stored as YYYY-MM. */
export function MonthPicker({ value, onChange, id, 'aria-label': ariaLabel }: MonthPickerProps) {
  return (
    <DatePicker
      id={id}
      aria-label={ariaLabel}
      picker="month"
      format="YYYY年MM月"
      value={value ? dayjs(`${value}-01`) : null}
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM') : undefined)}
      placeholder="选择年月"
    />
  );
}
