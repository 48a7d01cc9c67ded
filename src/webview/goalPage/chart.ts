/** The "progress over time" chart as inline SVG, from the numbers the extension computed. */
import type { ChartGeometry } from '../../core/goalPage/chartGeometry';
import { svg } from './dom';

/** Dates and percentages in the display language the extension passed (not the browser's). */
function writers(locale: string): { dateText: (ms: number) => string; percent: (value: number) => string } {
  const dates = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return { dateText: (ms) => dates.format(new Date(ms)), percent: (value) => percents.format(value / 100) };
}

export function renderChart(chart: ChartGeometry, summary: string, labels: { expectedLine: string; today: string }, locale: string): SVGElement {
  const { dateText, percent } = writers(locale);
  const { box } = chart;
  const root = svg('svg', {
    class: 'chart',
    viewBox: `0 0 ${box.width} ${box.height}`,
    role: 'img',
    'aria-label': summary,
    preserveAspectRatio: 'xMidYMid meet',
  });
  for (const line of chart.grid) {
    root.appendChild(svg('line', { class: 'grid', x1: box.padLeft, x2: box.width - box.padRight, y1: line.y, y2: line.y }));
    root.appendChild(svg('text', { class: 'axis', x: box.padLeft - 6, y: line.y + 4, 'text-anchor': 'end' }, [percent(line.percent)]));
  }
  if (chart.expected !== null) {
    const { x1, y1, x2, y2 } = chart.expected;
    root.appendChild(svg('line', { class: 'expected', x1, y1, x2, y2 }, [svg('title', {}, [labels.expectedLine])]));
  }
  if (chart.today !== null) {
    root.appendChild(svg('line', { class: 'today', x1: chart.today, x2: chart.today, y1: box.padTop, y2: box.height - box.padBottom }));
    root.appendChild(svg('text', { class: 'axis', x: chart.today, y: box.height - 8, 'text-anchor': 'middle' }, [labels.today]));
  }
  // The axis's ends, unless today's label sits there.
  const bottom = box.height - 8;
  const clear = (x: number): boolean => chart.today === null || Math.abs(chart.today - x) > 70;
  if (clear(box.padLeft)) {
    root.appendChild(svg('text', { class: 'axis', x: box.padLeft, y: bottom, 'text-anchor': 'start' }, [dateText(chart.from)]));
  }
  if (clear(box.width - box.padRight)) {
    root.appendChild(svg('text', { class: 'axis', x: box.width - box.padRight, y: bottom, 'text-anchor': 'end' }, [dateText(chart.to)]));
  }
  if (chart.line !== '') {
    root.appendChild(svg('path', { class: 'progress', d: chart.line }));
  }
  for (const dot of chart.dots) {
    root.appendChild(
      svg('circle', { class: `dot dot-${dot.source}`, cx: dot.x, cy: dot.y, r: 3.5 }, [svg('title', {}, [`${dateText(dot.at)}: ${percent(dot.percent)}`])]),
    );
  }
  return root;
}
