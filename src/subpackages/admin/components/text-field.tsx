import { Input, Textarea } from '@tarojs/components';
import { FormField } from '@/components/form-field';

/** A labelled text box of an office form, named for the tests and the field errors, with its message under it. */
export function TextField(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  isRequired?: boolean;
  hint?: string;
  error?: string;
  type?: 'number';
  maxlength?: number;
  /** Several lines: a textarea. */
  isLong?: boolean;
  /** Gives the row its anchor (the field's name) so a failed submit can scroll to it. */
  anchor?: boolean;
}) {
  const box = {
    className: 'admin-form__input',
    name: props.name,
    value: props.value,
    onInput: (e: { detail: { value: string } }) => props.onChange(e.detail.value),
    ...(props.type ? { type: props.type } : {}),
    ...(props.maxlength !== undefined ? { maxlength: props.maxlength } : {}),
  };
  return (
    <FormField
      label={props.label}
      isRequired={props.isRequired}
      hint={props.hint}
      error={props.error}
      field={props.anchor ? props.name : undefined}
    >
      {props.isLong ? <Textarea {...box} /> : <Input {...box} />}
    </FormField>
  );
}
