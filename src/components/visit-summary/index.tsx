import { Text, View } from '@tarojs/components';
import type { VisitView } from '@core/app/contract';
import { ENVIRONMENT_CATEGORY_LABELS, INVESTMENT_BAND_LABELS } from '@core/visits/visit';
import { VisitStatusBadge } from '../visit-status';
import { formatSlot } from '../../utils/visit-format';
import './index.scss';

const row = (label: string, value: string) => (
  <View className="visit-summary__row" key={label}>
    <Text className="visit-summary__label">{label}</Text>
    <Text className="visit-summary__value">{value}</Text>
  </View>
);

/** What was booked; shared by the investor's and the host's detail pages. */
export function VisitSummary({ visit }: { visit: VisitView }) {
  const needs = visit.factoryNeeds;
  const needsText = needs
    ? [
        needs.areaM2 !== null ? `面积${needs.areaM2}㎡` : null,
        needs.floorLoadKn !== null ? `承重${needs.floorLoadKn}kN/㎡` : null,
        needs.craneTons !== null ? `行车${needs.craneTons}吨` : null,
        needs.powerKva !== null ? `用电${needs.powerKva}kVA` : null,
        needs.environmentCategory ? ENVIRONMENT_CATEGORY_LABELS[needs.environmentCategory] : null,
      ]
        .filter(Boolean)
        .join('，')
    : '';
  return (
    <View className="visit-summary">
      <View className="visit-summary__head">
        <Text className="visit-summary__slot">{formatSlot(visit.date, visit.halfDay)}</Text>
        <VisitStatusBadge status={visit.status} />
      </View>
      <Text className="visit-summary__parks">{visit.parkNames.join(' → ')}</Text>
      {row('公司', visit.company)}
      {row('联系人', `${visit.contactName} ${visit.contactPhone}`)}
      {row('来访人数', `${visit.partySize}人`)}
      {row('投资规模', INVESTMENT_BAND_LABELS[visit.investmentBand])}
      {needsText && row('厂房需求', needsText)}
      {visit.notes && row('备注', visit.notes)}
    </View>
  );
}
