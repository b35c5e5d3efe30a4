import { Text, View } from '@tarojs/components';
import { Fragment } from 'react';
import type { AvailabilityView } from '@core/app/contract';
import type { DayAvailability } from '@core/visits/availability';
import { HALF_DAY_LABELS, type HalfDay } from '@core/visits/visit';
import type { WireError } from '@core/kernel/errors';
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

/** Days per row of the strip (the stylesheet lays them out four across). */
const DAYS_PER_ROW = 4;

/** What a booked slot inside the change cut-off cannot do any more; the booking form repeats it. */
export const FIXED_ONCE_BOOKED_TEXT = '预约后不可改期/取消';

const dayNote = (day: DayAvailability) => (day.isBookable ? '可约' : (day.reasonText ?? '不可约'));

function HalfDays({
  day,
  halfDay,
  onPick,
}: {
  day: DayAvailability;
  halfDay: HalfDay | null;
  onPick: SlotPickerProps['onPick'];
}) {
  return (
    <View className="slot-picker__halves">
      {day.slots.map((slot) => {
        const left = slot.remaining > 0 ? `余 ${slot.remaining} 组` : '已约满';
        const isFixed = slot.remaining > 0 && slot.isFixedOnceBooked;
        return (
          <View
            key={slot.halfDay}
            className={`slot-half ${slot.remaining === 0 ? 'slot-half--off' : ''} ${slot.halfDay === halfDay ? 'slot-half--on' : ''}`}
            role="button"
            aria-label={`${shortDay(day.date)} ${HALF_DAY_LABELS[slot.halfDay]} ${left}${isFixed ? `，${FIXED_ONCE_BOOKED_TEXT}` : ''}`}
            aria-disabled={slot.remaining === 0}
            aria-pressed={slot.halfDay === halfDay}
            onClick={() => slot.remaining > 0 && onPick(day.date, slot.halfDay)}
          >
            <Text className="slot-half__label">{HALF_DAY_LABELS[slot.halfDay]}</Text>
            <Text className="slot-half__left">{left}</Text>
            {isFixed && <Text className="slot-half__fixed">{FIXED_ONCE_BOOKED_TEXT}</Text>}
          </View>
        );
      })}
    </View>
  );
}

/**
 * Date and half-day from real availability: closed days are greyed with their reason (周末,
 * 法定节假日, 已约满 …), open half-days show the places left and open under the row of the day
 * tapped; a half-day already inside the change cut-off says it cannot be changed once booked.
 */
export function SlotPicker({ status, data, error, date, halfDay, onPick, onRetry }: SlotPickerProps) {
  const chosenIndex = data?.days.findIndex((d) => d.date === date) ?? -1;
  const chosenDay = data?.days[chosenIndex] ?? null;
  const halvesAfter =
    data && chosenIndex >= 0
      ? Math.min(data.days.length - 1, Math.floor(chosenIndex / DAYS_PER_ROW) * DAYS_PER_ROW + DAYS_PER_ROW - 1)
      : -1;
  return (
    <StateView status={status} error={error} isEmpty={!data} emptyText="请先选择园区" onRetry={onRetry}>
      {data && (
        <View className="slot-picker">
          <Text className="slot-picker__range">
            可预约 {shortDay(data.earliest)} 至 {shortDay(data.latest)}，考察开始前{data.cutoffHours}
            小时内不能改期或取消
          </Text>
          <View className="slot-picker__days">
            {data.days.map((day, index) => (
              <Fragment key={day.date}>
                <View
                  className={`slot-day ${day.isBookable ? '' : 'slot-day--off'} ${day.date === date ? 'slot-day--on' : ''}`}
                  role="button"
                  aria-label={`${shortDay(day.date)} ${weekdayOf(day.date)} ${dayNote(day)}`}
                  aria-disabled={!day.isBookable}
                  aria-pressed={day.date === date}
                  onClick={() => day.isBookable && onPick(day.date, null)}
                >
                  <Text className="slot-day__date">{shortDay(day.date)}</Text>
                  <Text className="slot-day__weekday">{weekdayOf(day.date)}</Text>
                  <Text className="slot-day__note">{dayNote(day)}</Text>
                </View>
                {chosenDay && index === halvesAfter && <HalfDays day={chosenDay} halfDay={halfDay} onPick={onPick} />}
              </Fragment>
            ))}
          </View>
        </View>
      )}
    </StateView>
  );
}
