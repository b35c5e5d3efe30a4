import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { FollowUpView } from '@core/app/contract';
import { RATING_LABELS } from '@core/tickets/rating';
import type { WireError } from '@core/kernel/errors';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import type { Envelope } from '@core/kernel/errors';
import { oversightStores } from '@/stores/oversight-stores';

/**
 * One 整改: the bad rating, the due date, and the two steps in order — record the 回访 (who, what
 * was said; now), then close with the result. The server refuses closing before a contact.
 */
export function FollowUpCard({ item, onChanged }: { item: FollowUpView; onChanged: () => void }) {
  const [who, setWho] = useState('');
  const [said, setSaid] = useState('');
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | null>(null);

  const send = async (step: () => Promise<Envelope<FollowUpView>>, done: string) => {
    setBusy(true);
    setError(null);
    const answer = await step();
    setBusy(false);
    if (!answer.ok) {
      if (answer.error.field) setError(answer.error);
      else void Taro.showToast({ title: answer.error.message, icon: 'none' });
      return;
    }
    void Taro.showToast({ title: done, icon: 'success' });
    onChanged();
  };
  const record = () =>
    send(
      () =>
        oversightStores.changeFollowUp('tickets.recordFollowUp', { followUpId: item.id, who, at: Date.now(), said }),
      '已记录回访',
    );
  const close = () =>
    send(() => oversightStores.changeFollowUp('tickets.closeFollowUp', { followUpId: item.id, summary }), '整改已关闭');
  const errorOf = (field: string) =>
    error?.field === field ? <Text className="field-error">{error.message}</Text> : null;

  return (
    <View className="oversight-card" data-follow-up-id={item.id}>
      <View className="oversight-card__head">
        <Text className="oversight-card__name">{item.categoryName}</Text>
        <Text className="oversight-card__tag oversight-card__tag--red">
          {RATING_LABELS[item.rating.level]}（{item.rating.level}）
        </Text>
      </View>
      <Text className="oversight-card__line">{item.enterpriseName}</Text>
      {item.rating.comment && <Text className="oversight-card__line">评价：{item.rating.comment}</Text>}
      <Text className="oversight-card__line muted">
        经办：{item.assigneeName ?? '—'} · 整改期限 {formatDateTimeZh(item.dueAt)}
      </Text>
      {item.contact ? (
        <Text className="oversight-card__line">
          回访：{formatDateTimeZh(item.contact.at)} 与{item.contact.who}：{item.contact.said}
        </Text>
      ) : null}
      {item.status === 'closed' ? (
        <Text className="oversight-card__line">整改结果：{item.summary}</Text>
      ) : item.contact ? (
        <View className="oversight-card__form">
          <Textarea
            className="form__textarea"
            value={summary}
            maxlength={1000}
            placeholder="整改结果"
            onInput={(e) => setSummary(e.detail.value)}
          />
          {errorOf('summary')}
          <Button className="form__submit" loading={busy} onClick={() => void close()}>
            关闭整改
          </Button>
        </View>
      ) : (
        <View className="oversight-card__form">
          <Input
            className="form__input"
            value={who}
            maxlength={50}
            placeholder="回访对象（如：王经理）"
            onInput={(e) => setWho(e.detail.value)}
          />
          {errorOf('who')}
          <Textarea
            className="form__textarea"
            value={said}
            maxlength={1000}
            placeholder="回访内容：沟通了什么，企业怎么说"
            onInput={(e) => setSaid(e.detail.value)}
          />
          {errorOf('said')}
          {errorOf('followUpId')}
          <Button className="form__submit" loading={busy} onClick={() => void record()}>
            记录回访
          </Button>
        </View>
      )}
    </View>
  );
}
