import type { Lang, Status } from '@tieuchi/core';
import type { UnitResult } from '../run-evaluation.js';
import { statusText } from './common.js';

export const STATUS_COLORS: Readonly<Record<Status, string>> = { met: '#2e7d32', 'not-met': '#c62828', unknown: '#9e9e9e' };

type ECharts = typeof import('echarts/core');

let loaded: Promise<ECharts> | undefined;

/** echarts with only the bar chart, the grid/legend/title components and the SVG renderer (server-side rendering). */
function echarts(): Promise<ECharts> {
  loaded ??= (async () => {
    const core = await import('echarts/core');
    const { BarChart } = await import('echarts/charts');
    const { GridComponent, LegendComponent, TitleComponent } = await import('echarts/components');
    const { SVGRenderer } = await import('echarts/renderers');
    core.use([BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);
    return core;
  })();
  return loaded;
}

/** Render an option to an inline SVG string (no DOM, no scripts, no external references). */
async function render(option: Record<string, unknown>, width: number, height: number): Promise<string> {
  const e = await echarts();
  const chart = e.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' }, ...option });
    // Inline SVG in HTML needs no namespace declarations; dropping them leaves no URL in the document.
    return chart
      .renderToSVGString()
      .replace(/\s+xmlns(:xlink)?="[^"]*"/g, '')
      .replace('<svg ', '<svg role="img" ');
  } finally {
    chart.dispose();
  }
}

const STATUSES: readonly Status[] = ['met', 'not-met', 'unknown'];

/**
 * Attainment per criterion: for several units, how many units meet, miss or lack data for each criterion; for one
 * unit, how many of each criterion's indicators do.
 */
export async function attainmentChart(units: readonly UnitResult[], lang: Lang): Promise<string> {
  const numbers: number[] = [];
  for (const u of units) for (const c of u.criteria) if (!numbers.includes(c.number)) numbers.push(c.number);
  numbers.sort((a, b) => a - b);
  const one = units.length === 1;
  const counts = new Map<Status, number[]>(STATUSES.map((s) => [s, numbers.map(() => 0)]));
  for (const u of units) {
    for (const c of u.criteria) {
      const at = numbers.indexOf(c.number);
      if (one) for (const i of c.indicators) (counts.get(i.status) as number[])[at]! += 1;
      else (counts.get(c.status) as number[])[at]! += 1;
    }
  }
  const title = one
    ? lang === 'vi' ? 'Chỉ tiêu theo tiêu chí' : 'Indicators by criterion'
    : lang === 'vi' ? `Mức đạt theo tiêu chí (${units.length} đơn vị)` : `Attainment by criterion (${units.length} units)`;
  return render(
    {
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: numbers.map((n) => (lang === 'vi' ? `TC${n}` : `C${n}`)), axisLabel: { interval: 0, fontSize: 10 } },
      yAxis: { type: 'value', minInterval: 1, name: one ? (lang === 'vi' ? 'chỉ tiêu' : 'indicators') : lang === 'vi' ? 'đơn vị' : 'units' },
      series: STATUSES.map((s) => ({ type: 'bar', stack: 'all', name: statusText(s, lang), data: counts.get(s), itemStyle: { color: STATUS_COLORS[s] } })),
    },
    760,
    340,
  );
}

/** Progress per unit (share of indicators met): one bar per unit up to 60 units, a histogram above. */
export async function progressChart(units: readonly UnitResult[], lang: Lang): Promise<string> {
  if (units.length <= 60) {
    const height = Math.max(160, 28 + units.length * 22 + 40);
    return render(
      {
        title: { text: lang === 'vi' ? 'Tiến độ từng đơn vị (% chỉ tiêu đạt)' : 'Progress per unit (% of indicators met)', left: 'center', textStyle: { fontSize: 14 } },
        grid: { left: 180, right: 48, top: 36, bottom: 28 },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        yAxis: { type: 'category', inverse: true, data: units.map((u) => u.unit.name ?? u.unit.id), axisLabel: { width: 168, overflow: 'truncate', fontSize: 11 } },
        series: [
          {
            type: 'bar',
            data: units.map((u) => ({ value: Math.round(u.summary.progress * 1000) / 10, itemStyle: { color: STATUS_COLORS[u.status] } })),
            label: { show: true, position: 'right', formatter: '{c}%', fontSize: 10 },
          },
        ],
      },
      760,
      height,
    );
  }
  const bins = Array.from({ length: 10 }, () => 0);
  for (const u of units) bins[Math.min(9, Math.floor(u.summary.progress * 10))]! += 1;
  return render(
    {
      title: { text: lang === 'vi' ? `Phân bố tiến độ (${units.length} đơn vị)` : `Distribution of progress (${units.length} units)`, left: 'center', textStyle: { fontSize: 14 } },
      grid: { left: 56, right: 16, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: bins.map((_, n) => `${n * 10}–${n === 9 ? 100 : n * 10 + 10}%`), axisLabel: { interval: 0, fontSize: 10 } },
      yAxis: { type: 'value', minInterval: 1, name: lang === 'vi' ? 'đơn vị' : 'units' },
      series: [{ type: 'bar', data: bins, itemStyle: { color: '#1565c0' }, label: { show: true, position: 'top', fontSize: 10 } }],
    },
    760,
    320,
  );
}
