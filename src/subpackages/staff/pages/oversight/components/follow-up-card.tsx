import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Fragment, useState } from 'react';
import type { FollowUpView } from '@core/app/contract';
import { RATING_LABELS } from '@core/tickets/rating';
import type { WireError } from '@core/kernel/errors';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import type { Envelope } from '@core/kernel/errors';
import { oversightStores } from '@/stores/oversight-stores';

interface StepField {
  name: string;
  placeholder: string;
  maxlength: number;
  isLong?: boolean;
}
const RECORD_FIELDS: readonly StepField[] = [
  { name: 'who', placeholder: '回访对象（如：王经理）', maxlength: 50 },
  { name: 'said', placeholder: '回访内容：沟通了什么，企业怎么说', maxlength: 1000, isLong: true },
];
const CLOSE_FIELDS: readonly StepField[] = [
  { name: 'summary', placeholder: '整改结果', maxlength: 1000, isLong: true },
];

/** One step's boxes, each with the server's message for it underneath, then the step's button. */
function StepForm(props: {
  fields: readonly StepField[];
  values: Record<string, string>;
  onInput: (name: string, value: string) => void;
  error: WireError | null;
  busy: boolean;
  label: string;
  onSubmit: () => void;
}) {
  const errorAt = (field: string) =>
    props.error?.field === field ? <Text className="field-error">{props.error.message}</Text> : null;
  const isOther = props.error?.field && !props.fields.some((f) => f.name === props.error?.field);
  return (
    <View className="oversight-card__form">
      {props.fields.map((f) => {
        const box = {
          value: props.values[f.name] ?? '',
          maxlength: f.maxlength,
          placeholder: f.placeholder,
          onInput: (e: { detail: { value: string } }) => props.onInput(f.name, e.detail.value),
        };
        return (
          <Fragment key={f.name}>
            {f.isLong ? <Textarea className="form__textarea" {...box} /> : <Input className="form__input" {...box} />}
            {errorAt(f.name)}
          </Fragment>
        );
      })}
      {isOther && errorAt(props.error?.field ?? '')}
      <Button className="form__submit" loading={props.busy} onClick={props.onSubmit}>
        {props.label}
      </Button>
    </View>
  );
}

/** The round, the team's score and rank, the 整改 deadline. */
function RoundFacts({ item }: { item: Extract<FollowUpView, { source: 'evaluation' }> }) {
  return (
    <>
      <View className="oversight-card__head">
        <Text className="oversight-card__name">现场评议整改：{item.teamName}</Text>
        <Text className="oversight-card__tag oversight-card__tag--red">
          第{item.rank}名 / 共{item.rankedCount}名
        </Text>
      </View>
      <Text className="oversight-card__line">
        {item.roundTitle} · 综合得分 {item.score.toFixed(1)}
      </Text>
      <Text className="oversight-card__line muted">整改期限 {formatDateTimeZh(item.dueAt)}</Text>
    </>
  );
}

/** The 回访 once recorded. */
function ContactLine({ contact }: { contact: FollowUpView['contact'] }) {
  if (!contact) return null;
  return (
    <Text className="oversight-card__line">
      回访：{formatDateTimeZh(contact.at)} 与{contact.who}：{contact.said}
    </Text>
  );
}

/** The bad rating (or the 评议 round), who handled it, the 整改 deadline and the 回访 once recorded. */
function FollowUpFacts({ item }: { item: FollowUpView }) {
  if (item.source === 'evaluation') {
    return (
      <>
        <RoundFacts item={item} />
        <ContactLine contact={item.contact} />
      </>
    );
  }
  return (
    <>
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
      <ContactLine contact={item.contact} />
    </>
  );
}

/**
 * One 整改: the bad rating, the due date, and the two steps in order — record the 回访 (who, what
 * was said; now), then close with the result. The server refuses closing before a contact.
 */
export function FollowUpCard({ item, onChanged }: { item: FollowUpView; onChanged: () => void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | null>(null);
  const text = (name: string) => values[name] ?? '';

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
    send(() => {
      const input = { followUpId: item.id, who: text('who'), at: Date.now(), said: text('said') };
      return oversightStores.changeFollowUp('tickets.recordFollowUp', input);
    }, '已记录回访');
  const close = () =>
    send(
      () => oversightStores.changeFollowUp('tickets.closeFollowUp', { followUpId: item.id, summary: text('summary') }),
      '整改已关闭',
    );
  const form = {
    values,
    onInput: (name: string, v: string) => setValues((old) => ({ ...old, [name]: v })),
    error,
    busy,
  };

  return (
    <View className="oversight-card" data-follow-up-id={item.id}>
      <FollowUpFacts item={item} />
      {item.status === 'closed' ? (
        <Text className="oversight-card__line">整改结果：{item.summary}</Text>
      ) : item.contact ? (
        <StepForm key="close" {...form} fields={CLOSE_FIELDS} label="关闭整改" onSubmit={() => void close()} />
      ) : (
        <StepForm key="record" {...form} fields={RECORD_FIELDS} label="记录回访" onSubmit={() => void record()} />
      )}
    </View>
  );
}
