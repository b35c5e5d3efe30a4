import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import { preregisterFields } from '@core/admin/admin-fields';
import { FormField } from '@/components/form-field';
import { adminStores } from '@/stores/admin-stores';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { TextField } from '@/subpackages/admin/components/text-field';
import { checkForm } from '@/subpackages/admin/form-errors';
import { useAdminWrite } from '@/subpackages/admin/use-admin-write';
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
  const { errors, isBusy, run } = useAdminWrite();

  const submit = () => {
    const input = { name, mobile, title, teamIds, skills, roles, backupUserId: backup[0] ?? null };
    return run(
      checkForm(schema, input),
      () => adminStores.change('admin.staff.preregister', input as v.InferInput<typeof schema>, mobile),
      onDone,
    );
  };
  const skillOptions = options.categories.map((c) => ({ id: c.skill, label: c.label }));
  return (
    <View className="admin-form" data-form="preregister">
      <TextField label="姓名" isRequired name="name" value={name} onChange={setName} error={errors.name} />
      <TextField
        label="手机号"
        isRequired
        hint="本人绑定时须确认此号码"
        name="mobile"
        type="number"
        maxlength={11}
        value={mobile}
        onChange={setMobile}
        error={errors.mobile}
      />
      <TextField label="职务" isRequired name="title" value={title} onChange={setTitle} error={errors.title} />
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
      <Button className="admin-button" data-action="save-person" loading={isBusy} onClick={() => void submit()}>
        保存
      </Button>
    </View>
  );
}
