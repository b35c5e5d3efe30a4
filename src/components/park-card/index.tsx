import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ParkCard as ParkCardData } from '@core/app/contract';
import { PARK_STATUS_LABELS } from '@core/catalog/catalog';
import { formatMu, formatYi } from '../../utils/format';
import { TagList } from '../tag-list';
import './index.scss';

export const openPark = (id: string) =>
  Taro.navigateTo({ url: `/pages/park-detail/index?id=${encodeURIComponent(id)}` });

/** One park in a list: name, industries, area and investment where known. */
export function ParkCard({ park }: { park: ParkCardData }) {
  return (
    <View role="button" className="park-card" onClick={() => void openPark(park.id)} data-park-id={park.id}>
      <View className="park-card__head">
        <Text className="park-card__name">{park.name}</Text>
        <Text className={`park-card__status park-card__status--${park.status}`}>{PARK_STATUS_LABELS[park.status]}</Text>
      </View>
      <Text className="park-card__summary">{park.summary}</Text>
      <TagList tags={park.industries.map((i) => i.name)} />
      <View className="park-card__figures">
        <Text>占地 {formatMu(park.areaMu)}</Text>
        <Text>总投资 {formatYi(park.investmentYi)}</Text>
      </View>
    </View>
  );
}
