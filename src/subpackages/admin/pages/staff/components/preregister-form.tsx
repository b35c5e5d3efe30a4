import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import { preregisterFields } from '@core/admin/admin-fields';
import { FormField } from '@/components/form-field';
import { adminStores } from '@/stores/admin-stores';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { checkForm, errorsOf, type FieldErrors } from '@/subpackages/admin/form-errors';
import { useAdminOptions } from '@/subpackages/admin/use-options';

const schema = v.strictObject(preregisterFields);
const ROLE_OPTIONS = [
  { id: 'staff', label: '专员' },
  { id: 'leader', label: '领导' },
];

/** 预登记: the person the office expects, before they have the app; they bind later with an invite code. */
export function PreregisterForm({ onDone }: { onDone: () => void }) {
  const options = useAdminOptions();
  const [name, setName] = useState('');
  const [mobile, setMobile] = useState('');
  const [title, setTitle] = useState('');
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [skills, setSkills] = useState<string[]>([]);
  const [roles, setRoles] = useState<string[]>(['staff']);
  const [backup, setBackup] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const input = { name, mobile, title, teamIds, skills, roles, backupUserId: backup[0] ?? null };
    const found = checkForm(schema, input);
    setErrors(found);
    if (Object.keys(found).length > 0 || busy) return;
    setBusy(true);
    // runChange: a retry after a lost answer reuses the requestId, a new attempt after an answer does not.
    const answer = await adminStores.change('admin.staff.preregister', input as v.InferInput<typeof schema>, mobile);
    setBusy(false);
    if (answer.ok) onDone();
    else setErrors(errorsOf(answer.error));
  };
  const skillOptions = options.categories.map((c) => ({ id: c.skill, label: c.label }));
  return (
    <View className="admin-form" data-form="preregister">
      <FormField label="姓名" isRequired error={errors.name}>
        <Input className="admin-form__input" name="name" value={name} onInput={(e) => setName(e.detail.value)} />
      </FormField>
      <FormField label="手机号" isRequired error={errors.mobile} hint="本人绑定时须确认此号码">
        <Input
          className="admin-form__input"
          name="mobile"
          type="number"
          maxlength={11}
          value={mobile}
          onInput={(e) => setMobile(e.detail.value)}
        />
      </FormField>
      <FormField label="职务" isRequired error={errors.title}>
        <Input className="admin-form__input" name="title" value={title} onInput={(e) => setTitle(e.detail.value)} />
      </FormField>
      <FormField label="团队" error={errors.teamIds}>
        <ChipSelect name="teamIds" options={options.teams} selected={teamIds} onChange={setTeamIds} />
      </FormField>
      <FormField label="业务技能" error={errors.skills} hint="派单时优先匹配">
        <ChipSelect name="skills" options={skillOptions} selected={skills} onChange={setSkills} />
      </FormField>
      <FormField label="角色" isRequired error={errors.roles}>
        <ChipSelect name="roles" options={ROLE_OPTIONS} selected={roles} onChange={setRoles} />
      </FormField>
      <FormField label="AB岗（休假时接替）" error={errors.backupUserId}>
        <ChipSelect name="backupUserId" isSingle options={options.staff} selected={backup} onChange={setBackup} />
      </FormField>
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button className="admin-button" data-action="save-person" loading={busy} onClick={() => void submit()}>
        保存
      </Button>
    </View>
  );
}
