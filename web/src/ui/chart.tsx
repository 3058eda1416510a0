import { useEffect, useRef } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only the chart types the console draws are bundled (not the whole echarts package).
echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The numbers behind a chart, shown as a table for screen readers and for anyone who prefers figures. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

interface ChartProps {
  /** What the chart shows, in one sentence (its accessible name and the table's caption). */
  title: string;
  option: EChartsCoreOption;
  table: ChartTable;
  height?: number;
}

/** An ECharts chart (SVG) with its data table beside it; the drawing itself is hidden from assistive technology. */
export function Chart({ title, option, table, height = 320 }: ChartProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    // no animation: a chart reads the same at once, for screenshots and for people who prefer reduced motion
    chart.setOption({ animation: false, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  const dataSource = table.rows.map((row, i) => ({ key: i, ...Object.fromEntries(row.map((v, c) => [`c${c}`, v])) }));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 8 }}>{title}</figcaption>
      <div ref={box} style={{ width: '100%', height }} aria-hidden="true" data-testid="chart" />
      <details>
        <summary>{t('showTable')}</summary>
        <Table
          size="small"
          pagination={false}
          aria-label={`${title} — ${t('dataTable')}`}
          columns={table.columns.map((title, c) => ({ title, dataIndex: `c${c}`, key: `c${c}` }))}
          dataSource={dataSource}
        />
      </details>
    </figure>
  );
}
