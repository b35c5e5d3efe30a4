import { Text, View } from '@tarojs/components';
import { SCREENING_LABELS } from '@core/projects/project';
import { SCREENING_ANSWER_LABELS, type Screening } from '@core/projects/screening/screening';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';

/** A screening as recorded: its verdict, who screened it, each item as answered (the copy it keeps), the meeting. */
export function Verdict({ screening }: { screening: Screening }) {
  return (
    <View className="screening__verdict" data-outcome={screening.outcome}>
      <Text className={`screening__outcome screening__outcome--${screening.outcome}`}>
        筛查结论：{SCREENING_LABELS[screening.outcome]}
      </Text>
      <Text className="muted">
        {screening.reviewerName} 于 {formatDateTimeZh(screening.submittedAt)} 提交
      </Text>
      {screening.items.map((i) => (
        <Text key={i.itemId} className="screening__answered">
          {i.isVeto ? '【否决项】' : ''}
          {i.text}：{SCREENING_ANSWER_LABELS[i.answer]}
          {i.evidence.length ? `（佐证 ${i.evidence.map((f) => f.name).join('、')}）` : ''}
        </Text>
      ))}
      {screening.conditions.map((c, n) => (
        <Text key={n} className="screening__answered">
          条件{n + 1}：{c.text}（{c.durationWd}个工作日，已列入项目计划）
        </Text>
      ))}
      {screening.meeting && (
        <Text className="screening__answered">
          评审会 {screening.meeting.heldOn}：{SCREENING_LABELS[screening.meeting.decision]}，纪要{' '}
          {screening.meeting.minutes.map((f) => f.name).join('、')}
        </Text>
      )}
    </View>
  );
}
