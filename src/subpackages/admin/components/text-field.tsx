import { TextInputField } from '@/components/form-field';

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
  const { onChange, anchor, ...rest } = props;
  return (
    <TextInputField
      {...rest}
      className="admin-form__input"
      onInput={onChange}
      field={anchor ? props.name : undefined}
    />
  );
}
