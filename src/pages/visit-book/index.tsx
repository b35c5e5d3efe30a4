import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { localDateOf } from '@core/kernel/calendar/local-date';
import { FormField } from '../../components/form-field';
import { Section } from '../../components/section';
import { FIXED_ONCE_BOOKED_TEXT, SlotPicker } from '../../components/slot-picker';
import { StateView } from '../../components/state-view';
import { bookingFlow, useBookingFlow } from '../../stores/booking-flow';
import { catalogStores, useIndustries, useParkList } from '../../stores/catalog-stores';
import { availabilityKey, useAvailability, visitStores } from '../../stores/visit-stores';
import { fieldAnchorId, revealFirstError } from '../../utils/reveal-first-error';
import { DRAFT_FIELD_ORDER } from '../../stores/booking-draft';
import { ContactFields } from './components/contact-fields';
import { FactoryNeedsFields } from './components/factory-needs-fields';
import { ParkChoice } from './components/park-choice';
import './index.scss';

/** 预约考察: parks (up to 3), a half-day from real availability, then who is coming and what they need. */
export default function VisitBookPage() {
  const { parkId, parkIds } = useRouter().params;
  // From a park page: that park; from a declined visit (重新预约): its whole itinerary.
  const parksFromLink = parkIds ?? parkId ?? '';
  const flow = useBookingFlow();
  const parks = useParkList();
  const industries = useIndustries();
  const availability = useAvailability();
  const { draft, errors } = flow;
  const key = draft.parkIds.length ? availabilityKey(draft.parkIds, localDateOf(Date.now())) : null;
  const slots = key ? availability.byId[key] : undefined;
  const chosenSlot = slots?.data?.days
    .find((d) => d.date === draft.date)
    ?.slots.find((s) => s.halfDay === draft.halfDay);

  useEffect(() => {
    for (const id of parksFromLink.split(',').filter(Boolean)) bookingFlow.getState().startWith(id);
    const { parks: list, industries: ind } = catalogStores;
    if (list.getState().status === 'idle') void list.getState().reload();
    if (ind.getState().status === 'idle') void ind.getState().load();
  }, [parksFromLink]);
  useEffect(() => {
    if (key) void visitStores.availability.getState().load(key);
  }, [key]);

  const submit = async () => {
    const visit = await bookingFlow.getState().submit();
    if (visit) {
      if (key) void visitStores.availability.getState().load(key);
      void Taro.redirectTo({ url: `/pages/visit-detail/index?id=${encodeURIComponent(visit.id)}&booked=1` });
      return;
    }
    const state = bookingFlow.getState();
    if (state.submitError) void Taro.showToast({ title: state.submitError.message, icon: 'none' });
    // The first field with an error is brought into view and focused, its message under it; a toast
    // over it would hide it, so one shows only for an error without a field on screen.
    else if (!revealFirstError(DRAFT_FIELD_ORDER, state.errors) && Object.keys(state.errors).length) {
      void Taro.showToast({ title: '请按提示修改后再提交', icon: 'none' });
    }
    if (state.submitError?.code === 'CONFLICT' && key) void visitStores.availability.getState().load(key);
  };

  return (
    <View className="page visit-book">
      <Section title="选择园区">
        <Text className="muted visit-book__hint">
          可选1–3个园区，同一天按顺序考察；第一个园区的接待组负责全程接待。
        </Text>
        <StateView
          status={parks.status}
          error={parks.error}
          isEmpty={parks.items.length === 0}
          emptyText="暂无园区"
          onRetry={() => void parks.reload()}
        >
          <ParkChoice parks={parks.items} chosen={draft.parkIds} onToggle={flow.togglePark} />
        </StateView>
        {errors.parkIds && (
          <Text className="visit-book__error" id={fieldAnchorId('parkIds')}>
            {errors.parkIds}
          </Text>
        )}
      </Section>

      <Section title="选择日期和时段">
        {key ? (
          <SlotPicker
            status={slots?.status ?? 'loading'}
            data={slots?.data ?? null}
            error={slots?.error ?? null}
            date={draft.date}
            halfDay={draft.halfDay}
            onPick={(date, halfDay) => flow.update({ date, halfDay })}
            onRetry={() => void visitStores.availability.getState().load(key)}
          />
        ) : (
          <Text className="muted">请先选择园区，再查看可预约的日期。</Text>
        )}
        {(errors.date ?? errors.halfDay) && (
          <Text className="visit-book__error" id={fieldAnchorId(errors.date ? 'date' : 'halfDay')}>
            {errors.date ?? errors.halfDay}
          </Text>
        )}
      </Section>

      <Section title="来访信息">
        <ContactFields draft={draft} errors={errors} industries={industries.data ?? []} onChange={flow.update} />
      </Section>

      <Section title="厂房需求（选填）">
        <FactoryNeedsFields draft={draft} errors={errors} onChange={flow.update} />
      </Section>

      <View className="visit-book__footer">
        {chosenSlot?.isFixedOnceBooked && (
          <Text className="visit-book__fixed" data-testid="fixed-once-booked">
            所选时段距考察开始已不足{slots?.data?.cutoffHours ?? 24}小时：{FIXED_ONCE_BOOKED_TEXT}
            ，如需调整请联系接待人员。
          </Text>
        )}
        <FormField label="" field="privacyConsent" error={errors.privacyConsent}>
          <View
            className="consent"
            role="checkbox"
            aria-checked={draft.privacyConsent}
            aria-label="同意所填信息仅用于本次考察的预约与接待联系"
            onClick={() => flow.update({ privacyConsent: !draft.privacyConsent })}
          >
            <Text className={`consent__box ${draft.privacyConsent ? 'consent__box--on' : ''}`}>
              {draft.privacyConsent ? '✓' : ''}
            </Text>
            <Text className="consent__text">
              我已阅读并同意：所填公司、联系人和手机号仅用于本次考察的预约与接待联系，除接待人员外不向他人展示。
            </Text>
          </View>
        </FormField>
        <Button
          className={`primary-button ${flow.isSubmitting ? 'is-busy' : ''}`}
          disabled={flow.isSubmitting || undefined}
          loading={flow.isSubmitting}
          onClick={() => void submit()}
        >
          {flow.isSubmitting ? '提交中…' : '提交预约'}
        </Button>
        <Text className="muted visit-book__draft">填写内容会自动保存，离开页面后可继续填写。</Text>
      </View>
    </View>
  );
}
