import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import type { AdminSettingsView } from '@core/app/contract';
import { subscribeTemplateIdsField } from '@core/settings/settings-fields';
import { SUBSCRIBE_TEMPLATES, SUBSCRIBE_TEMPLATE_KEYS } from '@core/settings/subscribe-templates';
import { FormField } from '@/components/form-field';
import { adminStores } from '@/stores/admin-stores';
import { errorsOf, type FieldErrors } from '@/subpackages/admin/form-errors';
import { parseInput } from '@core/kernel/validation/parse-input';

const schema = v.strictObject({ templateIds: subscribeTemplateIdsField });

/** 订阅消息模板: the ids the office picked in the mini-program console; an empty one is simply never sent. */
export function TemplateIdsEditor(props: {
  templateIds: AdminSettingsView['templateIds'];
  onSaved: (view: AdminSettingsView) => void;
}) {
  const [ids, setIds] = useState<Record<string, string>>({ ...props.templateIds });
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = async () => {
    const templateIds = Object.fromEntries(Object.entries(ids).filter(([, id]) => id.trim() !== ''));
    const parsed = parseInput(schema, { templateIds });
    if (!parsed.ok) {
      setErrors(Object.fromEntries(parsed.problems.map((p) => [p.field.split('.')[1] ?? 'form', p.message])));
      return;
    }
    setErrors({});
    const answer = await adminStores.change('admin.settings.saveSubscribe', parsed.value, 'settings/subscribe');
    if (answer.ok) props.onSaved(answer.data);
    else setErrors(errorsOf(answer.error));
  };
  return (
    <View className="admin-form" data-form="subscribe">
      <Text className="admin-card__name">订阅消息模板</Text>
      {SUBSCRIBE_TEMPLATE_KEYS.map((key) => (
        <FormField
          key={key}
          label={SUBSCRIBE_TEMPLATES[key].title}
          hint="小程序后台 → 订阅消息 中的模板ID"
          error={errors[key]}
        >
          <Input
            className="admin-form__input"
            name={key}
            value={ids[key] ?? ''}
            onInput={(e) => setIds({ ...ids, [key]: e.detail.value })}
          />
        </FormField>
      ))}
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button className="admin-button" data-action="save-templates" onClick={() => void save()}>
        保存模板
      </Button>
    </View>
  );
}
