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

/** A section that asks for a reason (at most 200 characters) and runs one action with it. */
export function ReasonSection(props: {
  title: string;
  action: TicketAction;
  busyKey: string;
  placeholder: string;
  buttonLabel: string;
  run: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Section title={props.title}>
      <ReplyBox
        action={props.action}
        field="reason"
        value={reason}
        onChange={setReason}
        maxlength={200}
        placeholder={props.placeholder}
      />
      <ActionButton
        action={props.action}
        busyKey={props.busyKey}
        className="ticket-detail__cancel"
        onClick={() => props.run(reason)}
      >
        {props.buttonLabel}
      </ActionButton>
    </Section>
  );
}
