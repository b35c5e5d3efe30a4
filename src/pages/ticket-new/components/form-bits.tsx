import { Input, Text } from '@tarojs/components';
import { fieldAnchorId } from '@/utils/reveal-first-error';
import type { TicketDraft, TicketDraftErrors, TicketDraftField } from '@/stores/ticket-draft';

/** What every section of the form gets: the draft, its errors and the one way to change it. */
export interface FormPart {
  draft: TicketDraft;
  errors: TicketDraftErrors;
  update(patch: Partial<Omit<TicketDraft, 'requestId'>>): void;
}

/** The row is the checkbox (the whole line is the 44 px target); the box inside only shows its state. */
export function CheckMark({ isOn }: { isOn: boolean }) {
  return <Text className={`form__box ${isOn ? 'form__box--on' : ''}`}>{isOn ? '✓' : ''}</Text>;
}

export function FieldError({ text }: { text?: string }) {
  return text ? <Text className="field-error">{text}</Text> : null;
}

type TextField = 'enterpriseName' | 'creditCode' | 'contactName' | 'contactPhone';

/** A labelled one-line input for a text field of the draft, with its error under it. */
export function TextRow(
  props: FormPart & {
    field: TextField & TicketDraftField;
    label: string;
    placeholder: string;
    maxlength: number;
    isNumber?: boolean;
  },
) {
  const { field } = props;
  return (
    <>
      <Text className="form__label">{props.label}</Text>
      <Input
        className="form__input"
        data-field={field}
        id={fieldAnchorId(field)}
        type={props.isNumber ? 'number' : undefined}
        value={props.draft[field]}
        maxlength={props.maxlength}
        placeholder={props.placeholder}
        onInput={(e) => props.update({ [field]: e.detail.value })}
      />
      <FieldError text={props.errors[field]} />
    </>
  );
}
