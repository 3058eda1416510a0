import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../ui/chart';
import { centsToDollars, formatDollars } from '../../ui/units';

interface Props {
  startCents: number;
  endCents: number;
  ledger: readonly { kind: string; amountCents: number }[];
}

/**
 * The round's cash as a waterfall: opening cash, each ledger entry rising (credit) or falling (debit) from where
 * the previous one ended, and the closing cash. Drawn as stacked bars on an invisible base.
 */
export function LedgerWaterfall({ startCents, endCents, ledger }: Props) {
  const { t, i18n } = useTranslation('studentResults');
  const { option, table } = useMemo(() => {
    const labels = [t('cashStart'), ...ledger.map((e) => t(`ledger${e.kind}`, { defaultValue: e.kind })), t('cashEnd')];
    const base: number[] = [0];
    const up: number[] = [centsToDollars(startCents)];
    const down: number[] = [0];
    let level = startCents;
    for (const e of ledger) {
      const next = level + e.amountCents;
      base.push(centsToDollars(Math.min(level, next)));
      up.push(e.amountCents >= 0 ? centsToDollars(e.amountCents) : 0);
      down.push(e.amountCents < 0 ? centsToDollars(-e.amountCents) : 0);
      level = next;
    }
    base.push(0);
    up.push(centsToDollars(endCents));
    down.push(0);
    // the axis starts below the lowest level by half the range walked, so small entries stay visible
    const levels = ledger.reduce((acc, e) => [...acc, acc[acc.length - 1] + e.amountCents], [startCents]);
    const low = Math.min(...levels, endCents);
    const high = Math.max(...levels, endCents);
    const floorDollars = Math.max(0, Math.floor(centsToDollars(low - (high - low) / 2 - 100) / 10) * 10);
    return {
      option: {
        grid: { left: 80, right: 16, bottom: 90, top: 24 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: labels, axisLabel: { rotate: 35, interval: 0 } },
        yAxis: { type: 'value', min: floorDollars, axisLabel: { formatter: (v: number) => `$${v}` } },
        series: [
          { type: 'bar', stack: 'w', data: base, itemStyle: { color: 'transparent' }, tooltip: { show: false } },
          { type: 'bar', stack: 'w', name: t('credit'), data: up, itemStyle: { color: '#389e0d' } },
          { type: 'bar', stack: 'w', name: t('debit'), data: down, itemStyle: { color: '#cf1322' } },
        ],
      },
      table: {
        columns: [t('entry'), t('amount')],
        rows: [
          [t('cashStart'), formatDollars(startCents, i18n.language)],
          ...ledger.map((e) => [
            t(`ledger${e.kind}`, { defaultValue: e.kind }),
            formatDollars(e.amountCents, i18n.language),
          ]),
          [t('cashEnd'), formatDollars(endCents, i18n.language)],
        ],
      },
    };
  }, [t, i18n.language, ledger, startCents, endCents]);
  return <Chart title={t('waterfallTitle')} option={option} table={table} height={360} />;
}
