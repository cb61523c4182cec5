import { connect, mapProps } from '@formily/react';
import { Input } from 'antd';
import type { ChangeEvent } from 'react';

interface MoneyInputProps {
  value?: string;
  onChange?: (value: string) => void;
  unit?: '元' | '万元';
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
}

/**
 * An amount in 元 or 万元, kept as the decimal text the user typed (never a float), so that what reaches the
 * server is exactly what was entered. The server converts it to integer 分.
 */
function MoneyInputBase({ value, onChange, unit = '万元', ...rest }: MoneyInputProps) {
  return (
    <Input
      {...rest}
      value={value ?? ''}
      inputMode="decimal"
      suffix={unit}
      placeholder="0"
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.target.value.trim())}
      style={{ maxWidth: 260 }}
    />
  );
}

export const MoneyInput = connect(MoneyInputBase, mapProps({ readOnly: 'disabled' }));
