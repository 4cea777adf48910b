import ReactEChartsCore from 'echarts-for-react/lib/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useLocaleState, useTranslate } from 'react-admin';
import type { DayCount } from '../../../schema/generated/graphql';
import { formatDay } from '../common/dateFormat';

// Only the pieces this chart uses (a bar chart on a canvas): a fraction of echarts' size.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** 近 14 天接件: orders received per day, today last. */
export const IntakeChart = ({ days }: { days: DayCount[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const option = {
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: days.map((d) => formatDay(d.day, locale).slice(locale === 'en' ? 0 : 5, locale === 'en' ? 5 : undefined)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: translate('app.dashboard.intake_chart'), type: 'bar', data: days.map((d) => d.count), itemStyle: { color: '#1976d2' } }],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 260 }} notMerge />;
};
