import { Input } from '@tarojs/components';

/**
 * A box of the 评议 forms: named (the field a refusal points to, and what the browser tests find),
 * with what was typed handed back as text; `size` grows it along its row or keeps it weight-narrow.
 */
export function EvalInput(props: {
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number';
  maxlength?: number;
  placeholder?: string;
  size?: 'grow' | 'weight';
  onConfirm?: () => void;
}) {
  return (
    <Input
      className={`eval-input ${props.size ? `eval-input--${props.size}` : ''}`}
      name={props.name}
      type={props.type ?? 'text'}
      value={props.value}
      maxlength={props.maxlength ?? 140}
      placeholder={props.placeholder ?? ''}
      onInput={(e) => props.onChange(e.detail.value)}
      onConfirm={() => props.onConfirm?.()}
    />
  );
}
