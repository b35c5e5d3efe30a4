import { Text, View } from '@tarojs/components';

/** 0.1234 → 12.3%; no figure → —. */
export const pct = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
/** Working hours to one decimal, or — when there is nothing to measure. */
export const hrs = (hours: number | null): string => (hours === null ? '—' : `${hours.toFixed(1)} 工作小时`);

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** What a screen reader and a reader of the page see: the figure in words. */
  text: string;
  tone?: 'good' | 'bad' | 'plain';
}

/** Plain View/CSS horizontal bars: each bar's figure is also written out beside it. */
export function BarList({ rows, max }: { rows: readonly BarRow[]; max?: number }) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  return (
    <View className="bars">
      {rows.map((r) => (
        <View key={r.key} className="bars__row" {...{ 'aria-label': `${r.label}：${r.text}` }}>
          <Text className="bars__label">{r.label}</Text>
          <View className="bars__track">
            <View
              className={`bars__fill bars__fill--${r.tone ?? 'plain'}`}
              style={{ width: `${Math.max(0, Math.min(100, (r.value / top) * 100))}%` }}
            />
          </View>
          <Text className="bars__value">{r.text}</Text>
        </View>
      ))}
    </View>
  );
}

/** A funnel: each stage's bar as wide as its share of the first stage, with the count and share as text. */
export function Funnel({ stages }: { stages: readonly { label: string; value: number }[] }) {
  const first = stages[0]?.value ?? 0;
  return (
    <View className="funnel">
      {stages.map((s) => {
        const share = first > 0 ? s.value / first : 0;
        return (
          <View key={s.label} className="funnel__stage" {...{ 'aria-label': `${s.label}：${s.value}` }}>
            <View className="funnel__bar" style={{ width: `${Math.max(8, share * 100)}%` }}>
              <Text className="funnel__text">
                {s.label} {s.value}
              </Text>
            </View>
            <Text className="funnel__share">{first > 0 ? pct(share) : '—'}</Text>
          </View>
        );
      })}
    </View>
  );
}

export interface TrendSeries {
  label: string;
  color: string;
  values: readonly number[];
}

/** Trend lines drawn as an SVG background (no canvas, no chart library); the numbers are listed below it. */
export function TrendLines({ dates, series }: { dates: readonly string[]; series: readonly TrendSeries[] }) {
  const top = Math.max(1, ...series.flatMap((s) => s.values));
  const n = Math.max(1, dates.length - 1);
  const lines = series
    .map((s) => {
      const points = s.values.map((v, i) => `${((i / n) * 100).toFixed(2)},${(40 - (v / top) * 38).toFixed(2)}`);
      return `<polyline fill="none" stroke="${s.color}" stroke-width="1.2" vector-effect="non-scaling-stroke" points="${points.join(' ')}"/>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" preserveAspectRatio="none">${lines}</svg>`;
  return (
    <View className="trend">
      <View
        className="trend__plot"
        {...{ 'aria-hidden': true }}
        style={{ backgroundImage: `url("data:image/svg+xml;utf8,${encodeURIComponent(svg)}")` }}
      />
      <View className="trend__legend">
        {series.map((s) => (
          <Text key={s.label} className="trend__key" style={{ color: s.color }}>
            ● {s.label}（最高 {Math.max(0, ...s.values)}）
          </Text>
        ))}
        <Text className="trend__key muted">
          {dates[0] ?? ''} 至 {dates[dates.length - 1] ?? ''}
        </Text>
      </View>
    </View>
  );
}
