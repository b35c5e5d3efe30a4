import { Button, Text, View } from '@tarojs/components';
import { FormField } from '@/components/form-field';
import { FIXED_ONCE_BOOKED_TEXT } from '@/components/slot-picker';
import type { VisitBook } from '../use-visit-book';

/** The fixed-once-booked notice, the consent row and 提交预约. */
export function BookingFooter({ book }: { book: VisitBook }) {
  const { flow, chosenSlot, slots } = book;
  const { draft, errors } = flow;
  return (
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
        onClick={() => void book.submit()}
      >
        {flow.isSubmitting ? '提交中…' : '提交预约'}
      </Button>
      <Text className="muted visit-book__draft">填写内容会自动保存，离开页面后可继续填写。</Text>
    </View>
  );
}
