import { useState } from 'react';
import type { FieldErrors } from '@/subpackages/admin/form-errors';

/** A form's text boxes: their values, and each box's props (name, value, its error, onChange). */
export const useTextFields = <K extends string>(initial: Record<K, string>, errors: FieldErrors) => {
  const [text, setText] = useState(initial);
  const field = (name: K) => ({
    name,
    value: text[name],
    error: errors[name],
    onChange: (value: string) => setText((current) => ({ ...current, [name]: value })),
  });
  return { text, field };
};

/** Which record a tab is editing ('new', one of its rows, or none); `done` closes the form and rereads. */
export const useEditing = <T>(reload: () => Promise<void>) => {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const done = () => {
    setEditing(null);
    void reload();
  };
  return { editing, setEditing, done };
};
