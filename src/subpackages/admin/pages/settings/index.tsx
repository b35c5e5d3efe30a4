import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { AdminSettingsView } from '@core/app/contract';
import { visitSettingsSchema } from '@core/settings/settings-fields';
import { settingsProblemText } from '@core/settings/settings-reader';
import { StateView } from '@/components/state-view';
import { adminStores } from '@/stores/admin-stores';
import { TextField } from '../../components/text-field';
import { checkForm, errorsOf, type FieldErrors } from '../../form-errors';
import { CalendarEditor } from './components/calendar-editor';
import { TemplateIdsEditor } from './components/template-ids-editor';
import '../../admin.scss';

const NUMBER_FIELDS = [
  ['capacityPerSlot', '每时段接待组数', '1–50'],
  ['minNoticeWorkingDays', '提前预约工作日', '0–30'],
  ['windowDays', '可预约天数', '1–180'],
  ['cutoffHours', '改期/取消截止（小时）', '0–168'],
] as const;

type NumberField = (typeof NUMBER_FIELDS)[number][0];

const formOf = (v: AdminSettingsView['visits']): Record<NumberField, string> => ({
  capacityPerSlot: String(v.capacityPerSlot),
  minNoticeWorkingDays: String(v.minNoticeWorkingDays),
  windowDays: String(v.windowDays),
  cutoffHours: String(v.cutoffHours),
});

/** 考察预约: capacity, notice, window and cut-off, checked with the server's schema before saving. */
function VisitRulesForm({
  visits,
  onSaved,
}: {
  visits: AdminSettingsView['visits'];
  onSaved: (data: AdminSettingsView) => void;
}) {
  const [form, setForm] = useState(() => formOf(visits));
  const [errors, setErrors] = useState<FieldErrors>({});
  const saveVisits = async () => {
    const { version: _version, ...current } = visits;
    const input = { ...current, ...Object.fromEntries(NUMBER_FIELDS.map(([k]) => [k, Number(form[k])])) };
    const found = checkForm(visitSettingsSchema, input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const answer = await adminStores.change('admin.settings.saveVisits', input as typeof current, 'settings/visits');
    if (!answer.ok) return setErrors(errorsOf(answer.error));
    onSaved(answer.data);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };
  return (
    <View className="admin-form" data-form="visits">
      <Text className="admin-card__name">考察预约</Text>
      {NUMBER_FIELDS.map(([key, label, hint]) => (
        <TextField
          key={key}
          label={label}
          hint={hint}
          name={key}
          type="number"
          value={form[key]}
          onChange={(value) => setForm({ ...form, [key]: value })}
          error={errors[key]}
        />
      ))}
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button className="admin-button" data-action="save-visits" onClick={() => void saveVisits()}>
        保存预约设置
      </Button>
    </View>
  );
}

/** 设置: the booking rules, the office calendar and subscribe template ids, checked with the server's schemas. */
export default function AdminSettingsPage() {
  const [view, setView] = useState<AdminSettingsView | null>(null);
  // Each answer shown resets the booking form to what the server now holds.
  const [shown, setShown] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const show = (data: AdminSettingsView) => {
    setView(data);
    setShown((n) => n + 1);
  };
  const load = async () => {
    const answer = await adminStores.settings();
    if (answer.ok) show(answer.data);
    else setLoadError(answer.error.message);
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps -- load once on open
  useEffect(() => void load(), []);

  return (
    <View className="page admin">
      <StateView
        status={view ? 'ready' : loadError ? 'error' : 'loading'}
        error={loadError ? { code: 'UNAVAILABLE', message: loadError } : null}
        isEmpty={!view}
        emptyText=""
        onRetry={() => void load()}
      >
        {view?.problems.map((p) => (
          <View key={p.key} className="admin__notice" role="alert">
            {settingsProblemText(p)}
          </View>
        ))}
        {view && <VisitRulesForm key={shown} visits={view.visits} onSaved={show} />}
        {view && <CalendarEditor overrides={view.calendarOverrides} onSaved={show} />}
        {view && <TemplateIdsEditor templateIds={view.templateIds} onSaved={show} />}
      </StateView>
    </View>
  );
}
