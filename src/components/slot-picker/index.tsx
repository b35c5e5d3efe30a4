import { Text, View } from '@tarojs/components';
import type { AvailabilityView } from '../../../core/contract';
import { HALF_DAY_LABELS, type HalfDay } from '../../../core/domain/visit';
import type { WireError } from '../../../core/errors';
import type { LoadStatus } from '../../stores/resource';
import { shortDay, weekdayOf } from '../../utils/visit-format';
import { StateView } from '../state-view';
import './index.scss';

interface SlotPickerProps {
  status: LoadStatus;
  data: AvailabilityView | null;
  error: WireError | null;
  date: string | null;
  halfDay: HalfDay | null;
  onPick(date: string, halfDay: HalfDay | null): void;
  onRetry(): void;
}

/**
 * Date and half-day from real availability: closed days are greyed with their reason (周末,
 * 法定节假日, 已约满 …), open half-days show the places left.
 */
export function SlotPicker({ status, data, error, date, halfDay, onPick, onRetry }: SlotPickerProps) {
  const chosenDay = data?.days.find((d) => d.date === date) ?? null;
  return (
    <StateView status={status} error={error} isEmpty={!data} emptyText="请先选择园区" onRetry={onRetry}>
      {data && (
        <View className="slot-picker">
          <Text className="slot-picker__range">
            可预约 {shortDay(data.earliest)} 至 {shortDay(data.latest)}，考察开始前{data.cutoffHours}
            小时内不能改期或取消
          </Text>
          <View className="slot-picker__days">
            {data.days.map((day) => (
              <View
                key={day.date}
                className={`slot-day ${day.isBookable ? '' : 'slot-day--off'} ${day.date === date ? 'slot-day--on' : ''}`}
                aria-disabled={!day.isBookable}
                onClick={() => day.isBookable && onPick(day.date, null)}
              >
                <Text className="slot-day__date">{shortDay(day.date)}</Text>
                <Text className="slot-day__weekday">{weekdayOf(day.date)}</Text>
                <Text className="slot-day__note">{day.isBookable ? '可约' : (day.reasonText ?? '不可约')}</Text>
              </View>
            ))}
          </View>
          {chosenDay && (
            <View className="slot-picker__halves">
              {chosenDay.slots.map((slot) => (
                <View
                  key={slot.halfDay}
                  className={`slot-half ${slot.remaining === 0 ? 'slot-half--off' : ''} ${slot.halfDay === halfDay ? 'slot-half--on' : ''}`}
                  aria-disabled={slot.remaining === 0}
                  onClick={() => slot.remaining > 0 && onPick(chosenDay.date, slot.halfDay)}
                >
                  <Text className="slot-half__label">{HALF_DAY_LABELS[slot.halfDay]}</Text>
                  <Text className="slot-half__left">{slot.remaining > 0 ? `余 ${slot.remaining} 组` : '已约满'}</Text>
                </View>
              ))}
            </View>
          )}
        </View>
      )}
    </StateView>
  );
}
