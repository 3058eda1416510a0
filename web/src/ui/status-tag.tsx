import { Tag } from 'antd';
import type { ReactNode } from 'react';

/** Status colours with text dark enough for 4.5:1 contrast on their own background (Ant Design's presets are lighter). */
const KINDS = {
  ok: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  warn: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
  error: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  info: { color: '#002c8c', background: '#e6f4ff', borderColor: '#91caff' },
  neutral: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;

export function StatusTag(props: { kind: keyof typeof KINDS; children: ReactNode; 'data-testid'?: string }) {
  return (
    <Tag style={KINDS[props.kind]} data-testid={props['data-testid']}>
      {props.children}
    </Tag>
  );
}
