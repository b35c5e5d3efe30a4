import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { BindResult } from '@core/app/contract';
import { ROLE_LABELS } from '@core/kernel/roles';
import { FormField } from '@/components/form-field';
import { accountStores } from '@/stores/account-stores';
import { sessionStore } from '@/stores/session-store';
import './index.scss';

/**
 * The invitee binds their WeChat identity to the record the office registered: the code (typed, or
 * from the invite link / QR code's `code` parameter) and the mobile the office has on file. The
 * identity itself comes from WeChat, never from this form.
 */
export default function BindPage() {
  const router = useRouter();
  const [code, setCode] = useState(router.params.code ?? '');
  const [mobile, setMobile] = useState('');
  const [errors, setErrors] = useState<{ code?: string; mobile?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [bound, setBound] = useState<BindResult | null>(null);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    // runChange: a retry after a lost answer reuses the requestId, a new attempt after an answer does not.
    const answer = await accountStores.bindInvite({ code, mobile });
    setBusy(false);
    if (answer.ok) {
      setBound(answer.data);
      await sessionStore.getState().load();
      return;
    }
    const { field, message } = answer.error;
    setErrors(field === 'code' || field === 'mobile' ? { [field]: message } : { form: message });
  };

  if (bound) {
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
  return (
    <View className="page bind">
      <Text className="muted bind__intro">
        内部工作区：仅限开发区工作人员。请输入招商服务办公室发给您的8位邀请码，并确认登记的手机号。
      </Text>
      <FormField label="邀请码" isRequired error={errors.code}>
        <Input
          className="bind__input"
          name="code"
          value={code}
          maxlength={12}
          placeholder="8位邀请码"
          onInput={(e) => setCode(e.detail.value)}
        />
      </FormField>
      <FormField label="手机号" isRequired error={errors.mobile} hint="须与办公室登记的手机号一致">
        <Input
          className="bind__input"
          name="mobile"
          type="number"
          value={mobile}
          maxlength={11}
          placeholder="11位手机号"
          onInput={(e) => setMobile(e.detail.value)}
        />
      </FormField>
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
