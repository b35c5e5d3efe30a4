import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import type { CategoryAdminView } from '@core/app/contract';
import { categorySaveFields } from '@core/admin/category-admin-actions';
import type { ServiceMaterial } from '@core/tickets/service-category';
import { DEFAULT_ROUTING } from '@core/tickets/service-rules';
import { FormField } from '@/components/form-field';
import { adminStores } from '@/stores/admin-stores';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { TextField } from '@/subpackages/admin/components/text-field';
import { checkForm } from '@/subpackages/admin/form-errors';
import { useAdminWrite } from '@/subpackages/admin/use-admin-write';
import { useAdminOptions } from '@/subpackages/admin/use-options';
import { useTextFields } from '@/subpackages/admin/use-text-fields';
import { MaterialsEditor } from './materials-editor';
import { draftOfRules, RulesFields, rulesOfDraft } from './rules-fields';

const schema = v.strictObject(categorySaveFields);
const YES_NO = [
  { id: 'yes', label: '是' },
  { id: 'no', label: '否' },
];

/** A 是 / 否 answer as a boolean: `fallback` for a new category, and again when the chosen chip is tapped off. */
const useYesNo = (initial: boolean | undefined, fallback: boolean) => {
  const [value, setValue] = useState(initial ?? fallback);
  return { value, onChange: (s: string[]) => setValue(s[0] === undefined ? fallback : s[0] === 'yes') };
};

/** A 是 / 否 row of the form, named for the tests and the field errors. */
function YesNoField(props: {
  label: string;
  name: string;
  error: string | undefined;
  value: boolean;
  onChange: (s: string[]) => void;
}) {
  return (
    <FormField label={props.label} error={props.error}>
      <ChipSelect
        name={props.name}
        isSingle
        options={YES_NO}
        selected={[props.value ? 'yes' : 'no']}
        onChange={props.onChange}
      />
    </FormField>
  );
}

/** A new category (with its first rules, in force at once), or changes to one's own fields. */
export function CategoryForm({ category, onDone }: { category: CategoryAdminView | null; onDone: () => void }) {
  const options = useAdminOptions();
  const onSite = useYesNo(category?.isOnSite, false);
  const active = useYesNo(category?.isActive, true);
  const [materials, setMaterials] = useState<ServiceMaterial[]>(
    category?.materials ?? [{ name: '', isRequired: true, note: '' }],
  );
  const [desk, setDesk] = useState<string[]>(category ? [category.deskTeamId] : []);
  const [rules, setRules] = useState(() =>
    draftOfRules({ responseWorkingHours: 4, resolutionWorkingDays: 5 }, DEFAULT_ROUTING),
  );
  const { errors, isBusy, run } = useAdminWrite();
  const { text, field } = useTextFields(
    {
      name: category?.name ?? '',
      summary: category?.summary ?? '',
      skill: category?.skill ?? '',
      order: String(category?.order ?? ''),
    },
    errors,
  );
  const submit = () => {
    const input = {
      categoryId: category?.id ?? null,
      name: text.name,
      summary: text.summary,
      skill: text.skill,
      order: text.order.trim() === '' ? Number.NaN : Number(text.order),
      isOnSite: onSite.value,
      isActive: active.value,
      materials,
      deskTeamId: desk[0] ?? '',
      initialRules: category ? null : rulesOfDraft(rules),
    };
    return run(
      checkForm(schema, input),
      () => adminStores.change('admin.categories.save', input, category?.id ?? 'new-category'),
      onDone,
    );
  };
  const initial = errors.initialRules;
  return (
    <View className="admin-form" data-form="category">
      <TextField label="事项名称" isRequired {...field('name')} />
      <TextField label="事项说明" isRequired {...field('summary')} />
      <TextField label="业务技能（派单优先匹配）" isRequired {...field('skill')} />
      <TextField label="排序" hint="1–999，小的在前" isRequired type="number" {...field('order')} />
      <YesNoField label="上门服务（表单询问上门时间）" name="isOnSite" error={errors.isOnSite} {...onSite} />
      <YesNoField label="向企业开放" name="isActive" error={errors.isActive} {...active} />
      <FormField label="材料清单（一次性告知）" isRequired error={errors.materials}>
        <MaterialsEditor value={materials} onChange={setMaterials} />
      </FormField>
      <FormField label="业务窗口" isRequired error={errors.deskTeamId}>
        <ChipSelect
          name="deskTeamId"
          isSingle
          options={options.teams.filter((t) => t.kind === 'category_desk')}
          selected={desk}
          onChange={setDesk}
        />
      </FormField>
      {category ? (
        <Text className="muted">时限与派单规则按版本管理：请在“规则版本”中新增版本。</Text>
      ) : (
        <View>
          <Text className="admin-card__name">时限与派单规则（版本1，立即生效）</Text>
          <RulesFields
            draft={rules}
            onChange={setRules}
            teams={options.teams}
            errors={{ targets: initial, routing: initial }}
          />
        </View>
      )}
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button
        className="admin-button"
        data-action="save-category"
        disabled={isBusy || undefined}
        onClick={() => void submit()}
      >
        保存服务事项
      </Button>
    </View>
  );
}
