import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RoundProgressView } from '@core/evaluation/evaluation-actions';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { RoundQr } from './round-qr';

/** One round: window, the code shown on site, how many have scored each target, and its results once published. */
export function RoundCard({ round, onEdit }: { round: RoundProgressView; onEdit: () => void }) {
  return (
    <View className="eval-card" data-round={round.title}>
      <View className="eval-card__head">
        <Text className="eval-card__name">{round.title}</Text>
        <Text className="eval-card__tag">{round.status === 'published' ? '已公布' : '评议中'}</Text>
      </View>
      <Text className="evaluation__note">
        {round.periodFrom} 至 {round.periodTo} · 打分 {formatDateTimeZh(round.opensAt)} 至{' '}
        {formatDateTimeZh(round.closesAt)}
      </Text>
      <Text>企业评议码（现场公布，或请企业扫二维码）</Text>
      <Text className="eval-card__code" data-code={round.code}>
        {round.code}
      </Text>
      {round.status === 'open' && <RoundQr roundId={round.id} />}
      <Text>已收到 {round.submitted} 份评分</Text>
      {round.targets.map((t) => (
        <Text key={t.key} className="muted" data-progress={t.name}>
          {t.name}：{round.progress.find((p) => p.key === t.key)?.submitted ?? 0} 份
        </Text>
      ))}
      <View className="eval-row">
        {round.status === 'published' && (
          <Button
            className="eval-button eval-button--plain"
            onClick={() => void Taro.navigateTo({ url: `/subpackages/evaluation/pages/results/index?id=${round.id}` })}
          >
            查看结果
          </Button>
        )}
        {round.status === 'open' && round.submitted === 0 && (
          <Button className="eval-button eval-button--plain" data-action="edit-round" onClick={onEdit}>
            编辑
          </Button>
        )}
      </View>
    </View>
  );
}
