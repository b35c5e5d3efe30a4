import { Text, View } from '@tarojs/components';
import { TEXT_BUTTON } from '@/utils/a11y';
import './index.scss';

/** A row of tabs, the current one filled; each tab is a button named by its label and marked data-tab. */
export function TabStrip<K extends string>(props: {
  tabs: readonly (readonly [K, string])[];
  current: K;
  onPick: (key: K) => void;
  /** The page's own class for where the strip sits. */
  className: string;
}) {
  return (
    <View className={`tab-strip ${props.className}`}>
      {props.tabs.map(([key, label]) => (
        <Text
          {...TEXT_BUTTON}
          key={key}
          data-tab={key}
          className={`tab-strip__tab ${props.current === key ? 'tab-strip__tab--on' : ''}`}
          onClick={() => props.onPick(key)}
        >
          {label}
        </Text>
      ))}
    </View>
  );
}
