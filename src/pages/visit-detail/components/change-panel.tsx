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
type Slot = { date: string | null; halfDay: HalfDay | null };
type PanelError = { field: string | null; message: string } | null;

/** The change's state and its one send; the slots are read for a reschedule. */
function useChangeVisit(visit: VisitView, mode: Mode, onDone: () => void) {
  const [reason, setReason] = useState('');
  const [slot, setSlot] = useState<Slot>({ date: null, halfDay: null });
  const [error, setError] = useState<PanelError>(null);
  const [isBusy, setBusy] = useState(false);
  const key = availabilityKey(visit.parkIds, localDateOf(Date.now()));
  const loadSlots = () => void visitStores.availability.getState().load(key);
  useEffect(() => {
    if (mode === 'reschedule') loadSlots();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, key]);

  const settle = (answer: Envelope<VisitView>) => {
    setBusy(false);
    if (!answer.ok) return setError({ field: answer.error.field ?? null, message: answer.error.message });
    void Taro.showToast({ title: mode === 'cancel' ? '已取消' : '已提交改期', icon: 'success' });
    loadSlots();
    onDone();
  };
  // A promise chain, not async: the weapp build is ES5 and a regenerator costs main-package bytes.
  const submit = () => {
    if (isBusy) return;
    if (mode === 'reschedule' && (!slot.date || !slot.halfDay)) {
      return setError({ field: 'date', message: '请选择新的日期和时段' });
    }
    setBusy(true);
    const { id: visitId } = visit;
    const sent =
      mode === 'cancel'
        ? visitStores.changeVisit('visits.cancel', { visitId, reason })
        : visitStores.changeVisit('visits.reschedule', {
            visitId,
            date: slot.date ?? '',
            halfDay: slot.halfDay ?? 'am',
            reason,
          });
    void sent.then(settle);
  };
  const edit = (apply: () => void) => {
    apply();
    setError(null);
  };
  return { key, reason, slot, error, isBusy, loadSlots, submit, edit, setReason, setSlot };
}

/** 改期: the new slot, with the error about it. */
function RescheduleSlots({ change }: { change: ReturnType<typeof useChangeVisit> }) {
  const slots = useAvailability().byId[change.key];
  const { slot, error } = change;
  return (
    <>
      <SlotPicker
        status={slots?.status ?? 'loading'}
        data={slots?.data ?? null}
        error={slots?.error ?? null}
        date={slot.date}
        halfDay={slot.halfDay}
        onPick={(date, halfDay) => change.edit(() => change.setSlot({ date, halfDay }))}
        onRetry={change.loadSlots}
      />
      {error?.field === 'date' && <Text className="change-panel__error">{error.message}</Text>}
    </>
  );
}

/** 改期 / 取消, each with a reason; the server re-checks the cut-off and the places. */
export function ChangePanel({ visit, mode, onDone }: { visit: VisitView; mode: Mode; onDone(): void }) {
  const change = useChangeVisit(visit, mode, onDone);
  const { error, isBusy } = change;
  return (
    <View className="change-panel">
      {mode === 'reschedule' && <RescheduleSlots change={change} />}
      <FormField
        label={mode === 'cancel' ? '取消原因' : '改期原因'}
        isRequired
        error={error?.field === 'reason' ? error.message : undefined}
      >
        <Input
          className="input"
          value={change.reason}
          maxlength={200}
          placeholder="请简要说明原因"
          onInput={(e) => change.edit(() => change.setReason(e.detail.value))}
        />
      </FormField>
      {error && error.field !== 'date' && error.field !== 'reason' && (
        <Text className="change-panel__error">{error.message}</Text>
      )}
      <Button
        className={`${mode === 'cancel' ? 'danger-button' : 'primary-button'} ${isBusy ? 'is-busy' : ''}`}
        disabled={isBusy || undefined}
        loading={isBusy}
        onClick={change.submit}
      >
        {mode === 'cancel' ? '确认取消预约' : '提交改期'}
      </Button>
    </View>
  );
}
