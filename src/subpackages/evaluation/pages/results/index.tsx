import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { TARGET_KIND_LABELS } from '@core/evaluation/evaluation';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { COLUMN_HEADER, TABLE_CELL } from '@/utils/a11y';
import { evaluationStore } from '../../evaluation-store';
import '../../evaluation.scss';

/** The name column is widest; the score (up to "100.0") must not run into the rater count at 375 px. */
const COLUMN_CLASS: Record<number, string> = { 1: 'eval-table__cell--name', 2: 'eval-table__cell--score' };

/** 现场评议结果: published scores and ranks of a round, without who rated. */
export default function ResultsPage() {
  const router = useRouter();
  const results = useStore(evaluationStore, (s) => s.results);
  useEffect(() => void evaluationStore.getState().loadResults(router.params.id || undefined), [router.params.id]);
  const round = results.data?.round ?? null;
  return (
    <View className="page evaluation">
      <Text className="evaluation__note">
        得分 = Σ(维度权重 × 该维度平均分) ÷
        5，满分100；平均分取所有评议人（领导、其他团队专员、企业）的平均，每人每对象一份。同分同名次；无人评议的对象不排名。末位团队由其负责领导在10个工作日内整改，各团队得分计入考核台账。不显示评议人。
      </Text>
      {results.status === 'loading' && <Text className="muted">加载中…</Text>}
      {results.status === 'error' && <Text className="evaluation__error">{results.error?.message}</Text>}
      {results.status === 'ready' && !round && <Text className="muted">还没有公布的评议结果</Text>}
      {round && (
        <View className="eval-card" data-results={round.title}>
          <Text className="eval-card__name">{round.title}</Text>
          <Text className="evaluation__note">
            评议期间 {round.periodFrom} 至 {round.periodTo} · {formatDateTimeZh(round.publishedAt)} 公布
          </Text>
          <View className="eval-table" {...{ role: 'table' }}>
            <View className="eval-table__row eval-table__row--head" {...{ role: 'row' }}>
              {['名次', '对象', '得分', '人数', ...round.dimensions.map((d) => d.name)].map((h, i) => (
                <Text
                  {...COLUMN_HEADER}
                  key={h}
                  className={`eval-table__cell ${i >= 4 ? 'eval-table__cell--dim' : (COLUMN_CLASS[i] ?? '')}`}
                >
                  {h}
                </Text>
              ))}
            </View>
            {round.results.map((r) => (
              <View key={r.key} className="eval-table__row" data-result={r.name} {...{ role: 'row' }}>
                <Text {...TABLE_CELL} className="eval-table__cell">
                  {r.rank ?? '—'}
                </Text>
                <Text {...TABLE_CELL} className="eval-table__cell eval-table__cell--name">
                  {r.name}（{TARGET_KIND_LABELS[r.kind]}）
                </Text>
                <Text {...TABLE_CELL} className="eval-table__cell eval-table__cell--score" data-score>
                  {r.score === null ? '未评' : r.score.toFixed(1)}
                </Text>
                <Text {...TABLE_CELL} className="eval-table__cell">
                  {r.raterCount}
                </Text>
                {r.means.map((m) => (
                  <Text {...TABLE_CELL} key={m.key} className="eval-table__cell eval-table__cell--dim">
                    {m.mean === null ? '—' : m.mean.toFixed(2)}
                  </Text>
                ))}
                {/* At phone width the dimension means are one line under the row instead of columns. */}
                <Text {...TABLE_CELL} className="eval-table__dims">
                  {round.dimensions.map((d, i) => `${d.name} ${r.means[i]?.mean?.toFixed(2) ?? '—'}`).join(' · ')}
                </Text>
              </View>
            ))}
          </View>
        </View>
      )}
      {(results.data?.rounds.length ?? 0) > 1 && (
        <View className="eval-card">
          <Text className="eval-card__name">往期评议</Text>
          {results.data?.rounds.map((r) => (
            <Text
              key={r.roundId}
              className="eval-row"
              onClick={() => void evaluationStore.getState().loadResults(r.roundId)}
            >
              {r.title} · {formatDateTimeZh(r.publishedAt)} ›
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
