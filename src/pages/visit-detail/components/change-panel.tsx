import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { localDateOf } from '@core/kernel/calendar/local-date';
import type { VisitView } from '@core/app/contract';
import type { Envelope } from '@core/kernel/errors';
import type { HalfDay } from '@core/visits/visit';
import { FormField } from '@/components/form-field';
import { SlotPicker } from '@/components/slot-picker';
import { availabilityKey, useAvailability, visitStores } from '@/stores/visit-stores';

type Mode = 'reschedule' | 'cancel';

/** 改期 / 取消, each with a reason; the server re-checks the cut-off and the places. */
export function ChangePanel({ visit, mode, onDone }: { visit: VisitView; mode: Mode; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [slot, setSlot] = useState<{ date: string | null; halfDay: HalfDay | null }>({ date: null, halfDay: null });
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const availability = useAvailability();
  const key = availabilityKey(visit.parkIds, localDateOf(Date.now()));
  const slots = availability.byId[key];

  useEffect(() => {
    if (mode === 'reschedule') void visitStores.availability.getState().load(key);
  }, [mode, key]);

  const settle = (answer: Envelope<VisitView>) => {
    setBusy(false);
    if (answer.ok) {
      void Taro.showToast({ title: mode === 'cancel' ? '已取消' : '已提交改期', icon: 'success' });
      void visitStores.availability.getState().load(key);
      onDone();
    } else {
      setError({ field: answer.error.field ?? null, message: answer.error.message });
    }
  };
  // A promise chain, not async: the weapp build is ES5 and a regenerator costs main-package bytes.
  const submit = () => {
    if (isBusy) return;
    if (mode === 'reschedule' && (!slot.date || !slot.halfDay)) {
      setError({ field: 'date', message: '请选择新的日期和时段' });
      return;
    }
    setBusy(true);
    const sent =
      mode === 'cancel'
        ? visitStores.changeVisit('visits.cancel', { visitId: visit.id, reason })
        : visitStores.changeVisit('visits.reschedule', {
            visitId: visit.id,
            date: slot.date ?? '',
            halfDay: slot.halfDay ?? 'am',
            reason,
          });
    void sent.then(settle);
  };

  return (
    <View className="change-panel">
      {mode === 'reschedule' && (
        <>
          <SlotPicker
            status={slots?.status ?? 'loading'}
            data={slots?.data ?? null}
            error={slots?.error ?? null}
            date={slot.date}
            halfDay={slot.halfDay}
            onPick={(date, halfDay) => {
              setSlot({ date, halfDay });
              setError(null);
            }}
            onRetry={() => void visitStores.availability.getState().load(key)}
          />
          {error?.field === 'date' && <Text className="change-panel__error">{error.message}</Text>}
        </>
      )}
      <FormField
        label={mode === 'cancel' ? '取消原因' : '改期原因'}
        isRequired
        error={error?.field === 'reason' ? error.message : undefined}
      >
        <Input
          className="input"
          value={reason}
          maxlength={200}
          placeholder="请简要说明原因"
          onInput={(e) => {
            setReason(e.detail.value);
            setError(null);
          }}
        />
      </FormField>
      {error && error.field !== 'date' && error.field !== 'reason' && (
        <Text className="change-panel__error">{error.message}</Text>
      )}
      <Button
        className={`${mode === 'cancel' ? 'danger-button' : 'primary-button'} ${isBusy ? 'is-busy' : ''}`}
        disabled={isBusy || undefined}
        loading={isBusy}
        onClick={submit}
      >
        {mode === 'cancel' ? '确认取消预约' : '提交改期'}
      </Button>
    </View>
  );
}
