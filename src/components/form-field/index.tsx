import { Input, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { namedBox } from '../../utils/a11y';
import { fieldAnchorId } from '../../utils/reveal-first-error';
import './index.scss';

/** A labelled form row with its validation message right under it. */
export function FormField(props: {
  label: string;
  isRequired?: boolean;
  hint?: string;
  error?: string;
  /** The draft field this row edits: its anchor for scrolling to the first error. */
  field?: string;
  children: ReactNode;
}) {
  return (
    <View
      className={`form-field ${props.error ? 'form-field--error' : ''}`}
      id={props.field ? fieldAnchorId(props.field) : undefined}
    >
      <Text className="form-field__label">
        {props.label}
        {props.isRequired && <Text className="form-field__required"> *</Text>}
      </Text>
      {props.children}
      {props.hint && !props.error && <Text className="form-field__hint">{props.hint}</Text>}
      {props.error && <Text className="form-field__error">{props.error}</Text>}
    </View>
  );
}

/** A labelled text box bound to a draft field: the row, its input (a textarea when `isLong`), its message under it. */
export function TextInputField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** The draft field this row edits: its anchor for scrolling to the first error. */
  field?: string;
  error?: string;
  hint?: string;
  isRequired?: boolean;
  placeholder?: string;
  maxlength?: number;
  type?: 'text' | 'number' | 'digit';
  isLong?: boolean;
  /** The input's own class (pages style their inputs); `input` by default. */
  className?: string;
  /** Names the input for the tests. */
  name?: string;
}) {
  const box = {
    className: props.className ?? 'input',
    name: props.name,
    value: props.value,
    placeholder: props.placeholder,
    onInput: (e: { detail: { value: string } }) => props.onInput(e.detail.value),
    ...namedBox(props.label),
    ...(props.type ? { type: props.type } : {}),
    ...(props.maxlength !== undefined ? { maxlength: props.maxlength } : {}),
  };
  return (
    <FormField
      label={props.label}
      isRequired={props.isRequired}
      field={props.field}
      error={props.error}
      hint={props.hint}
    >
      {props.isLong ? <Textarea {...box} /> : <Input {...box} />}
    </FormField>
  );
}

/** The props that bind a TextInputField to one text field of a draft form: its value, its message, its updates. */
export const bindTextField = <D, K extends keyof D & string>(
  form: { draft: D; errors: Partial<Record<string, string>>; update(patch: Partial<D>): void },
  field: D[K] extends string ? K : never,
) => ({
  field,
  value: form.draft[field] as string,
  error: form.errors[field],
  onInput: (value: string) => form.update({ [field]: value } as Partial<D>),
});
