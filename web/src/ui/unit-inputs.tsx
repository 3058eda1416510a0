import { InputNumber } from 'antd';
import { bpsToPercent, centsToDollars, dollarsToCents, percentToBps } from './units';

interface UnitInputProps {
  id: string;
  /** The value as the API holds it (cents or basis points). */
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  status?: 'error';
}

/** A money field: the person types dollars with two decimals, the form keeps integer cents. */
export function MoneyInput({ id, value, onChange, min = 0, max, status }: UnitInputProps) {
  return (
    <InputNumber<number>
      id={id}
      prefix="$"
      step={0.01}
      precision={2}
      min={centsToDollars(min)}
      max={max === undefined ? undefined : centsToDollars(max)}
      value={centsToDollars(value)}
      status={status}
      style={{ width: '100%' }}
      onChange={(v) => onChange(dollarsToCents(v ?? 0))}
    />
  );
}

/** A rate field: the person types percent, the form keeps integer basis points. */
export function PercentInput({ id, value, onChange, min = 0, max = 10000, status }: UnitInputProps) {
  return (
    <InputNumber<number>
      id={id}
      suffix="%"
      step={0.5}
      precision={2}
      min={bpsToPercent(min)}
      max={bpsToPercent(max)}
      value={bpsToPercent(value)}
      status={status}
      style={{ width: '100%' }}
      onChange={(v) => onChange(percentToBps(v ?? 0))}
    />
  );
}

/** A count field (units, images, days): whole numbers, empty means zero (or the minimum). */
export function CountInput({ id, value, onChange, min = 0, max, status }: UnitInputProps) {
  return (
    <InputNumber<number>
      id={id}
      min={min}
      max={max}
      precision={0}
      value={value}
      status={status}
      style={{ width: '100%' }}
      onChange={(v) => onChange(v ?? min)}
    />
  );
}
