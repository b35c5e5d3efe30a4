import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { BindResult } from '@core/app/contract';
import { ROLE_LABELS } from '@core/kernel/roles';
import { FormField } from '@/components/form-field';
import { accountStores } from '@/stores/account-stores';
import { sessionStore } from '@/stores/session-store';
import { scannedCodeFromParams } from '@/utils/scanned-code';
import './index.scss';

type BindField = 'code' | 'mobile';
const FIELDS = [
  { name: 'code', label: '邀请码', placeholder: '8位邀请码', maxlength: 12 },
  {
    name: 'mobile',
    label: '手机号',
    placeholder: '11位手机号',
    maxlength: 11,
    type: 'number',
    hint: '须与办公室登记的手机号一致',
  },
] as const;

/** Bound: who the office registered, and the way into the workbench. */
function BoundView({ bound }: { bound: BindResult }) {
  return (
    <View className="page bind" data-bound="true">
      <View className="bind__done" role="status">
        <Text className="bind__title">绑定成功</Text>
        <Text>
          {bound.name}，您的身份：{bound.roles.map((r) => ROLE_LABELS[r]).join('、')}
        </Text>
        {bound.teamNames.length > 0 && <Text className="muted">所属团队：{bound.teamNames.join('、')}</Text>}
      </View>
      <Button
        className="bind__submit"
        onClick={() => void Taro.navigateTo({ url: '/subpackages/staff/pages/tickets/inbox/index' })}
      >
        进入工作台
      </Button>
    </View>
  );
}

/**
 * The invitee binds their WeChat identity to the record the office registered: the code (typed, or
 * from the invite link / QR code's `code` parameter) and the mobile the office has on file. The
 * identity itself comes from WeChat, never from this form.
 */
export default function BindPage() {
  const router = useRouter();
  const [values, setValues] = useState<Record<BindField, string>>({
    code: scannedCodeFromParams(router.params),
    mobile: '',
  });
  const [errors, setErrors] = useState<Partial<Record<BindField | 'form', string>>>({});
  const [busy, setBusy] = useState(false);
  const [bound, setBound] = useState<BindResult | null>(null);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    // runChange: a retry after a lost answer reuses the requestId, a new attempt after an answer does not.
    const answer = await accountStores.bindInvite(values);
    setBusy(false);
    if (answer.ok) {
      setBound(answer.data);
      await sessionStore.getState().load();
      return;
    }
    const { field, message } = answer.error;
    setErrors(field === 'code' || field === 'mobile' ? { [field]: message } : { form: message });
  };

  if (bound) return <BoundView bound={bound} />;
  return (
    <View className="page bind">
      <Text className="muted bind__intro">
        内部工作区：仅限开发区工作人员。请输入招商服务办公室发给您的8位邀请码，并确认登记的手机号。
      </Text>
      {FIELDS.map((f) => (
        <FormField
          key={f.name}
          label={f.label}
          isRequired
          error={errors[f.name]}
          hint={'hint' in f ? f.hint : undefined}
        >
          <Input
            className="bind__input"
            name={f.name}
            {...('type' in f ? { type: f.type } : {})}
            value={values[f.name]}
            maxlength={f.maxlength}
            placeholder={f.placeholder}
            onInput={(e) => setValues((old) => ({ ...old, [f.name]: e.detail.value }))}
          />
        </FormField>
      ))}
      {errors.form && (
        <View className="bind__error" role="alert">
          {errors.form}
        </View>
      )}
      <Button className="bind__submit" loading={busy} onClick={() => void submit()}>
        确认绑定
      </Button>
    </View>
  );
}
