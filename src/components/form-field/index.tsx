import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
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
