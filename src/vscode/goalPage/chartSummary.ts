/** The few facts about a chart the page puts into words (for screen readers and the short-series note). */
import type { GoalPageModel } from '../../core/goalPage/viewModel';

export interface ChartSeriesSummary {
  count: number;
  short: boolean;
  first: { at: number; percent: number } | undefined;
  lastPercent: number;
}

export function summarizeChart(model: GoalPageModel): ChartSeriesSummary {
  const dots = model.chart.dots;
  const first = dots[0];
  return {
    count: model.chartPointCount,
    short: model.chartShort,
    first: first === undefined ? undefined : { at: first.at, percent: first.percent },
    lastPercent: dots[dots.length - 1]?.percent ?? model.percent,
  };
}
