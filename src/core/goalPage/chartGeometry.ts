/**
 * Turns a ChartSeries into numbers for an inline SVG of a fixed viewBox: the
 * progress line (only through known points), the expected line, today's marker
 * and the dots. The webview sets these as attributes; no markup is built here.
 */
import type { ChartSeries, SeriesSource } from './chartSeries';

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Room for the axis labels. */
  readonly padLeft: number;
  readonly padRight: number;
  readonly padTop: number;
  readonly padBottom: number;
}

export const CHART_BOX: ChartBox = { width: 640, height: 220, padLeft: 40, padRight: 12, padTop: 12, padBottom: 28 };

export interface ChartDot {
  readonly x: number;
  readonly y: number;
  readonly at: number;
  readonly percent: number;
  readonly source: SeriesSource;
}

export interface ChartGeometry {
  readonly box: ChartBox;
  /** The time axis (ms since the epoch), for its end labels. */
  readonly from: number;
  readonly to: number;
  /** SVG path data through the dots, oldest first; "" with fewer than two dots. */
  readonly line: string;
  readonly dots: readonly ChartDot[];
  readonly expected: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | null;
  /** x of today, or null when today is outside the axis. */
  readonly today: number | null;
  /** Horizontal grid lines at 0, 50 and 100%. */
  readonly grid: readonly { readonly y: number; readonly percent: number }[];
}

function fixed(value: number): number {
  return Math.round(value * 10) / 10;
}

export function chartGeometry(series: ChartSeries, nowMs: number, box: ChartBox = CHART_BOX): ChartGeometry {
  const plotWidth = box.width - box.padLeft - box.padRight;
  const plotHeight = box.height - box.padTop - box.padBottom;
  const span = Math.max(1, series.to - series.from);
  const x = (at: number): number => fixed(box.padLeft + (Math.min(Math.max(at, series.from), series.to) - series.from) / span * plotWidth);
  const y = (percent: number): number => fixed(box.padTop + (1 - Math.min(100, Math.max(0, percent)) / 100) * plotHeight);
  const dots = series.points.map((point) => ({ x: x(point.at), y: y(point.percent), at: point.at, percent: point.percent, source: point.source }));
  const line = dots.length < 2 ? '' : dots.map((dot, index) => `${index === 0 ? 'M' : 'L'}${dot.x} ${dot.y}`).join(' ');
  const expected =
    series.expected === null
      ? null
      : { x1: x(series.expected.start), y1: y(0), x2: x(series.expected.due), y2: y(100) };
  const today = nowMs >= series.from && nowMs <= series.to ? x(nowMs) : null;
  const grid = [0, 50, 100].map((percent) => ({ y: y(percent), percent }));
  return { box, from: series.from, to: series.to, line, dots, expected, today, grid };
}
