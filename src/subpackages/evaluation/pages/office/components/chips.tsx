import { Text, View } from '@tarojs/components';

/** A multiple choice as chips, each a checkbox for screen readers. */
export function Chips(props: {
  name: string;
  options: { id: string; label: string }[];
  selected: string[];
  onChange: (s: string[]) => void;
}) {
  return (
    <View className="eval-row" data-field={props.name}>
      {props.options.map((o) => {
        const on = props.selected.includes(o.id);
        return (
          <Text
            key={o.id}
            data-option={o.label}
            className={`eval-chip ${on ? 'eval-chip--on' : ''}`}
            {...{ role: 'checkbox', 'aria-checked': on }}
            onClick={() => props.onChange(on ? props.selected.filter((x) => x !== o.id) : [...props.selected, o.id])}
          >
            {o.label}
          </Text>
        );
      })}
    </View>
  );
}
