import { Text } from '@tarojs/components';
import { VISIT_STATUS_LABELS, type VisitStatus } from '@core/visits/visit';
import './index.scss';

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  return <Text className={`visit-status visit-status--${status}`}>{VISIT_STATUS_LABELS[status]}</Text>;
}
