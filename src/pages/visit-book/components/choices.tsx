import { Text, View } from '@tarojs/components';
import { TEXT_BUTTON } from '@/utils/a11y';

/** A row of choices to tap; the chosen ones drawn on. */
export function Choices<K extends string>(props: {
  options: readonly { key: K; label: string }[];
  isOn: (key: K) => boolean;
  onTap: (key: K) => void;
}) {
  return (
    <View className="choices">
      {props.options.map(({ key, label }) => (
        <Text
          {...TEXT_BUTTON}
          key={key}
          className={`choice ${props.isOn(key) ? 'choice--on' : ''}`}
          onClick={() => props.onTap(key)}
        >
          {label}
        </Text>
      ))}
    </View>
  );
}
