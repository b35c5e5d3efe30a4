import { Button, Picker, Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { TicketView } from '@core/app/contract';
import { Section } from '@/components/section';
import type { TicketAction } from '@/hooks/use-ticket-action';
import { staffTicketStores, useTicketColleagues } from '@/stores/staff-ticket-stores';
import { TEXT_BUTTON } from '@/utils/a11y';
import { availableModes, COMPOSER, composerChange, isHandOver, type ComposerMode } from '../staff-composer';

/** 转办 / 改派: the colleague to hand to (not those on leave); 转办 may leave it to the routing. */
function ColleaguePicker(props: {
  ticketId: string;
  mode: ComposerMode;
  toUserId: string | null;
  onPick(id: string | null): void;
}) {
  const entry = useTicketColleagues().byId[props.ticketId];
  const colleagues = (entry?.data ?? []).filter((c) => !c.isOnLeave);
  useEffect(() => {
    if (!entry) void staffTicketStores.colleagues.getState().load(props.ticketId);
  }, [entry, props.ticketId]);
  const none = props.mode === 'transfer' ? '不指定，重新分派' : '请选择同事';
  return (
    <Picker
      mode="selector"
      range={[none, ...colleagues.map((c) => `${c.name}（${c.title}）`)]}
      value={Math.max(0, colleagues.findIndex((c) => c.userId === props.toUserId) + 1)}
      onChange={(e) => props.onPick(colleagues[Number(e.detail.value) - 1]?.userId ?? null)}
    >
      <View className="form__picker staff-ticket__to">
        {colleagues.find((c) => c.userId === props.toUserId)?.name ?? none} ›
      </View>
    </Picker>
  );
}

/** 办理: the modes the caller may use now (the server's `can`), one text box, and the send button. */
export function ComposerSection({ ticket, action }: { ticket: TicketView; action: TicketAction }) {
  const [mode, setMode] = useState<ComposerMode | null>(null);
  const [text, setText] = useState('');
  const [toUserId, setToUserId] = useState<string | null>(null);
  const modes = availableModes(ticket);
  const current = mode && modes.includes(mode) ? mode : (modes[0] ?? null);
  if (!current) return null;

  const send = async () => {
    const ok = await action.run(current, composerChange(current, ticket.id, text, toUserId), COMPOSER[current].done);
    if (ok) {
      setText('');
      setToUserId(null);
    }
  };
  return (
    <Section title="办理">
      <View className="form__chips staff-ticket__modes">
        {modes.map((m) => (
          <Text
            {...TEXT_BUTTON}
            key={m}
            data-mode={m}
            className={`chip ${current === m ? 'chip--on' : ''}`}
            onClick={() => setMode(m)}
          >
            {COMPOSER[m].label}
          </Text>
        ))}
      </View>
      {isHandOver(current) && (
        <ColleaguePicker ticketId={ticket.id} mode={current} toUserId={toUserId} onPick={setToUserId} />
      )}
      <Textarea
        className="form__textarea"
        value={text}
        maxlength={1000}
        placeholder={COMPOSER[current].placeholder}
        onInput={(e) => setText(e.detail.value)}
      />
      {action.fieldError && <Text className="field-error">{action.fieldError.message}</Text>}
      <Button className="form__submit" loading={action.busy === current} onClick={() => void send()}>
        {COMPOSER[current].button}
      </Button>
    </Section>
  );
}
