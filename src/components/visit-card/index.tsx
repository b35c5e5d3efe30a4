import { Text, View } from '@tarojs/components';
import type { VisitCard as VisitCardData } from '@core/app/contract';
import { formatSlot } from '../../utils/visit-format';
import { VisitStatusBadge } from '../visit-status';
import './index.scss';

/** One visit in a list; `showCompany` for staff, who see many investors. */
export function VisitCard({
  visit,
  showCompany,
  onTap,
}: {
  visit: VisitCardData;
  showCompany?: boolean;
  onTap(): void;
}) {
  return (
    <View role="button" className="visit-card" onClick={onTap}>
      <View className="visit-card__head">
        <Text className="visit-card__slot">{formatSlot(visit.date, visit.halfDay)}</Text>
        <VisitStatusBadge status={visit.status} />
      </View>
      <Text className="visit-card__parks">{visit.parkNames.join(' → ')}</Text>
      <Text className="visit-card__meta">
        {showCompany ? `${visit.company} · ` : ''}
        {visit.partySize}人{visit.hostName ? ` · 接待：${visit.hostName}` : ''}
      </Text>
    </View>
  );
}
