import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

/** A labelled form row with its validation message right under it. */
export function FormField(props: {
  label: string;
  isRequired?: boolean;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <View className={`form-field ${props.error ? 'form-field--error' : ''}`}>
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
