import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AdminSettingsView } from '@core/app/contract';
import type { CalendarOverride } from '@core/kernel/calendar/working-calendar';
import { calendarOverridesField } from '@core/settings/settings-fields';
import { FormField } from '@/components/form-field';
import { adminStores } from '@/stores/admin-stores';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { checkForm, errorsOf, type FieldErrors } from '@/subpackages/admin/form-errors';
import * as v from 'valibot';

const schema = v.strictObject({ overrides: calendarOverridesField });
const KINDS = [
  { id: 'off', label: '休息（闭馆）' },
  { id: 'on', label: '上班（调休）' },
];

/** 办公日历: closures and extra working days (and next year's 调休 until the package has it). */
export function CalendarEditor(props: { overrides: CalendarOverride[]; onSaved: (view: AdminSettingsView) => void }) {
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<string[]>(['off']);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = async (overrides: CalendarOverride[]) => {
    const found = checkForm(schema, { overrides });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const answer = await adminStores.change('admin.settings.saveCalendar', { overrides }, 'settings/calendar');
    if (!answer.ok) return setErrors(errorsOf(answer.error));
    setDate('');
    setNote('');
    props.onSaved(answer.data);
  };
  const add = () => void save([...props.overrides, { date, isWorking: kind[0] === 'on', note }]);
  return (
    <View className="admin-form" data-form="calendar">
      <Text className="admin-card__name">办公日历</Text>
      {props.overrides.length === 0 && <Text className="muted">暂无调整：按国家公布的节假日安排</Text>}
      {props.overrides.map((o) => (
        <View key={o.date} className="admin-card__head">
          <Text>
            {o.date} · {o.isWorking ? '上班' : '休息'} · {o.note}
          </Text>
          <Button
            className="admin-button admin-button--plain"
            onClick={() => void save(props.overrides.filter((x) => x.date !== o.date))}
          >
            删除
          </Button>
        </View>
      ))}
      <FormField label="日期" hint="如 2027-02-07" error={errors.overrides}>
        <Input className="admin-form__input" name="date" value={date} onInput={(e) => setDate(e.detail.value)} />
      </FormField>
      <ChipSelect name="isWorking" isSingle options={KINDS} selected={kind} onChange={setKind} />
      <FormField label="说明" error={errors.form}>
        <Input className="admin-form__input" name="note" value={note} onInput={(e) => setNote(e.detail.value)} />
      </FormField>
      <Button className="admin-button" data-action="add-day" onClick={add}>
        添加
      </Button>
    </View>
  );
}
