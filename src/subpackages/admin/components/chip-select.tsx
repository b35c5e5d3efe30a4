import { Text, View } from '@tarojs/components';

/** A multiple (or single) choice as chips: large touch targets, readable at any width. */
export function ChipSelect(props: {
  options: readonly { id: string; label: string }[];
  selected: readonly string[];
  isSingle?: boolean;
  name: string;
  onChange: (selected: string[]) => void;
}) {
  const toggle = (id: string) => {
    if (props.isSingle) return props.onChange(props.selected.includes(id) ? [] : [id]);
    props.onChange(props.selected.includes(id) ? props.selected.filter((s) => s !== id) : [...props.selected, id]);
  };
  return (
    <View className="admin-chips" data-field={props.name}>
      {props.options.map((o) => (
        <Text
          key={o.id}
          data-option={o.label}
          className={`admin-chip ${props.selected.includes(o.id) ? 'admin-chip--on' : ''}`}
          onClick={() => toggle(o.id)}
        >
          {o.label}
        </Text>
      ))}
    </View>
  );
}
