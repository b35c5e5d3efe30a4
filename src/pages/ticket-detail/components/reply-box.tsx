import { Button, Text, Textarea } from '@tarojs/components';
import { type ReactNode, useState } from 'react';
import { Section } from '@/components/section';
import type { TicketAction } from '@/hooks/use-ticket-action';

/** The enterprise's words on a ticket action, and (when `field` names it) the error the action returned for them. */
export function ReplyBox(props: {
  action: TicketAction;
  field?: string;
  value: string;
  onChange: (value: string) => void;
  maxlength: number;
  placeholder: string;
}) {
  const { fieldError } = props.action;
  return (
    <>
      <Textarea
        className="form__textarea"
        value={props.value}
        maxlength={props.maxlength}
        placeholder={props.placeholder}
        onInput={(e) => props.onChange(e.detail.value)}
      />
      {props.field !== undefined && fieldError?.field === props.field && (
        <Text className="field-error">{fieldError.message}</Text>
      )}
    </>
  );
}

/** The button that runs a ticket action, busy while that action (`busyKey`) runs. */
export function ActionButton(props: {
  action: TicketAction;
  busyKey: string;
  className: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button className={props.className} loading={props.action.busy === props.busyKey} onClick={props.onClick}>
      {props.children}
    </Button>
  );
}

/** The enterprise's two changes that take only a reason (`tickets.<change>`), and their copy. */
const REASON_CHANGES = {
  cancel: {
    title: '取消申请',
    placeholder: '请填写取消原因（受理前可取消）',
    buttonLabel: '取消申请',
    done: '已取消申请',
  },
  reopen: {
    title: '未解决',
    placeholder: '请说明未解决的问题，将退回继续办理',
    buttonLabel: '未解决，退回办理',
    done: '已退回继续办理',
  },
} as const;

/** A section that asks for a reason (at most 200 characters) and runs one change of the ticket with it. */
export function ReasonSection(props: { ticketId: string; action: TicketAction; change: keyof typeof REASON_CHANGES }) {
  const [reason, setReason] = useState('');
  const copy = REASON_CHANGES[props.change];
  const run = () =>
    void props.action.run(
      props.change,
      { action: `tickets.${props.change}` as const, input: { ticketId: props.ticketId, reason } },
      copy.done,
    );
  return (
    <Section title={copy.title}>
      <ReplyBox
        action={props.action}
        field="reason"
        value={reason}
        onChange={setReason}
        maxlength={200}
        placeholder={copy.placeholder}
      />
      <ActionButton action={props.action} busyKey={props.change} className="ticket-detail__cancel" onClick={run}>
        {copy.buttonLabel}
      </ActionButton>
    </Section>
  );
}
