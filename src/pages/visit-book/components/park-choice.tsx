import { Text, View } from '@tarojs/components';
import type { ParkCard } from '@core/app/contract';
import { MAX_PARKS } from '@/stores/booking-draft';
import { TEXT_BUTTON } from '@/utils/a11y';

/** Up to 3 parks for one itinerary, in the order picked (the first park's team hosts). */
export function ParkChoice(props: { parks: ParkCard[]; chosen: string[]; onToggle(parkId: string): void }) {
  const isFull = props.chosen.length >= MAX_PARKS;
  return (
    <View className="choices">
      {props.parks.map((park) => {
        const order = props.chosen.indexOf(park.id);
        const isOn = order >= 0;
        return (
          <Text
            {...TEXT_BUTTON}
            key={park.id}
            className={`choice ${isOn ? 'choice--on' : ''} ${!isOn && isFull ? 'choice--muted' : ''}`}
            onClick={() => props.onToggle(park.id)}
          >
            {isOn ? `${order + 1}. ` : ''}
            {park.name}
          </Text>
        );
      })}
    </View>
  );
}
