import { Button, Text, View } from '@tarojs/components';
import { fieldAnchorId } from '@/utils/reveal-first-error';
import { CheckMark, FieldError, type FormPart } from './form-bits';

/** The consent row, 提交申请 and the note that the draft is kept. */
export function SubmitBar(props: FormPart & { isSubmitting: boolean; onSubmit(): void }) {
  const { draft, update } = props;
  return (
    <>
      <View
        className="form__check form__consent"
        id={fieldAnchorId('privacyConsent')}
        role="checkbox"
        aria-checked={draft.privacyConsent}
        onClick={() => update({ privacyConsent: !draft.privacyConsent })}
      >
        <CheckMark isOn={draft.privacyConsent} />
        <Text>同意开发区为办理本事项收集、使用上述信息；手机号和信用代码仅经办人可见完整内容</Text>
      </View>
      <View className="form__consent-error">
        <FieldError text={props.errors.privacyConsent} />
      </View>
      <Button
        className="form__submit"
        loading={props.isSubmitting}
        disabled={props.isSubmitting || undefined}
        onClick={props.onSubmit}
      >
        提交申请
      </Button>
      <Text className="muted form__note">草稿会自动保存，离开后再回来可继续填写</Text>
    </>
  );
}
