import { Button, Input, Text, View } from '@tarojs/components';
import type { ServiceMaterial } from '@core/tickets/service-category';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';

const REQUIRED_OPTIONS = [
  { id: 'required', label: '必交' },
  { id: 'optional', label: '按需提供' },
];

/** 一次性告知: each material's name, whether it is required, and a note; rows added and removed in place. */
export function MaterialsEditor(props: { value: ServiceMaterial[]; onChange: (value: ServiceMaterial[]) => void }) {
  const set = (i: number, patch: Partial<ServiceMaterial>) =>
    props.onChange(props.value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <View className="admin-materials" data-field="materials">
      {props.value.map((m, i) => (
        <View key={i} className="admin-materials__row" data-material={i}>
          <Text className="muted">{i + 1}.</Text>
          <Input
            className="admin-form__input"
            name={`materials.${i}.name`}
            aria-label={`材料${i + 1}名称`}
            placeholder="材料名称"
            value={m.name}
            onInput={(e) => set(i, { name: e.detail.value })}
          />
          <ChipSelect
            name={`materials.${i}.isRequired`}
            isSingle
            options={REQUIRED_OPTIONS}
            selected={[m.isRequired ? 'required' : 'optional']}
            onChange={(s) => set(i, { isRequired: s[0] !== 'optional' })}
          />
          <Input
            className="admin-form__input"
            name={`materials.${i}.note`}
            aria-label={`材料${i + 1}备注`}
            placeholder="备注（可选）"
            value={m.note}
            onInput={(e) => set(i, { note: e.detail.value })}
          />
          <Button
            className="admin-button admin-button--plain"
            aria-label={`删除材料${i + 1}`}
            onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}
          >
            删除
          </Button>
        </View>
      ))}
      <Button
        className="admin-button admin-button--plain"
        data-action="add-material"
        onClick={() => props.onChange([...props.value, { name: '', isRequired: true, note: '' }])}
      >
        添加材料
      </Button>
    </View>
  );
}
