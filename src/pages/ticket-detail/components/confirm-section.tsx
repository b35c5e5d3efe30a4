import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RATING_LABELS, RATING_LEVELS, type RatingLevel } from '@core/tickets/rating';
import { Section } from '@/components/section';
import type { TicketAction } from '@/hooks/use-ticket-action';
import { ActionButton, ReasonSection, ReplyBox } from './reply-box';
import { TEXT_BUTTON } from '@/utils/a11y';

interface Props {
  ticketId: string;
  action: TicketAction;
}

/** 确认办结 with a 好差评, or 未解决 with the reason: the enterprise's answer to a resolution. */
export function ConfirmSection({ ticketId, action }: Props) {
  const [rating, setRating] = useState<RatingLevel | null>(null);
  const [comment, setComment] = useState('');
  const fieldError = (field: string) =>
    action.fieldError?.field === field ? <Text className="field-error">{action.fieldError.message}</Text> : null;

  const [needsRating, setNeedsRating] = useState(false);
  const confirm = () => {
    setNeedsRating(rating === null);
    if (rating === null) return;
    void action.run('close', { action: 'tickets.close', input: { ticketId, rating, comment } }, '已确认办结，感谢评价');
  };

  return (
    <>
      <Section title="确认办结">
        <Text className="muted confirm__hint">请对本次服务评价；5个工作日内未确认将自动确认办结。</Text>
        <View className="confirm__levels">
          {RATING_LEVELS.map((level) => (
            <Text
              {...TEXT_BUTTON}
              key={level}
              className={`confirm__level ${rating === level ? 'confirm__level--on' : ''}`}
              data-rating={level}
              onClick={() => {
                setRating(level);
                setNeedsRating(false);
              }}
            >
              {RATING_LABELS[level]}
            </Text>
          ))}
        </View>
        {needsRating && <Text className="field-error">请选择评价</Text>}
        {fieldError('rating')}
        <ReplyBox
          action={action}
          field="comment"
          value={comment}
          onChange={setComment}
          maxlength={500}
          placeholder="评价内容（可选）"
        />
        <ActionButton action={action} busyKey="close" className="form__submit" onClick={confirm}>
          确认办结
        </ActionButton>
      </Section>
      <ReasonSection ticketId={ticketId} action={action} change="reopen" />
    </>
  );
}
