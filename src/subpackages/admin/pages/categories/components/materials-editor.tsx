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
  /** Row i's name or note box (labelled 材料{i+1}名称 / 备注 for screen readers). */
  const textBox = (i: number, m: ServiceMaterial, key: 'name' | 'note', label: string, placeholder: string) => (
    <Input
      className="admin-form__input"
      name={`materials.${i}.${key}`}
      aria-label={`材料${i + 1}${label}`}
      placeholder={placeholder}
      value={m[key]}
      onInput={(e) => set(i, { [key]: e.detail.value })}
    />
  );
  return (
    <View className="admin-materials" data-field="materials">
      {props.value.map((m, i) => (
        <View key={i} className="admin-materials__row" data-material={i}>
          <Text className="muted">{i + 1}.</Text>
          {textBox(i, m, 'name', '名称', '材料名称')}
          <ChipSelect
            name={`materials.${i}.isRequired`}
            isSingle
            options={REQUIRED_OPTIONS}
            selected={[m.isRequired ? 'required' : 'optional']}
            onChange={(s) => set(i, { isRequired: s[0] !== 'optional' })}
          />
          {textBox(i, m, 'note', '备注', '备注（可选）')}
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
