import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import * as v from 'valibot';
import type { ScreeningItem } from '@core/projects/screening/screening';
import { screeningItemFields } from '@core/projects/screening/screening-fields';
import { FormField } from '@/components/form-field';
import { taroStorage } from '@/services/local-storage';
import { adminStores } from '@/stores/admin-stores';
import { revealFirstError } from '@/utils/reveal-first-error';
import { AdminCard, EditorToggle } from '../../components/admin-card';
import { useEditing } from '../../use-text-fields';
import { ChipSelect } from '../../components/chip-select';
import { TextField } from '../../components/text-field';
import { checkForm } from '../../form-errors';
import { useAdminWrite } from '../../use-admin-write';
import '../../admin.scss';

const schema = v.strictObject(screeningItemFields);
const FIELD_ORDER = ['text', 'category', 'isVeto', 'needsEvidence', 'isActive', 'isSettled', 'order', 'source'];
const YES_NO = [
  { id: 'yes', label: '是' },
  { id: 'no', label: '否' },
];
const FLAGS = [
  ['isVeto', '一票否决'],
  ['needsEvidence', '“符合”须上传佐证'],
  ['isActive', '启用'],
  ['isSettled', '已由区办核定'],
] as const;

type Draft = Omit<ScreeningItem, 'id' | 'version' | 'updatedAt' | 'order'> & { order: string };
const draftOf = (item: ScreeningItem | null): Draft => ({
  text: item?.text ?? '',
  category: item?.category ?? '',
  isVeto: item?.isVeto ?? false,
  needsEvidence: item?.needsEvidence ?? false,
  isActive: item?.isActive ?? true,
  order: String(item?.order ?? ''),
  source: item?.source ?? '区办自定',
  isSettled: item?.isSettled ?? true,
});

/** One item's editor; its draft is kept on the device until saved. */
function ItemForm({ item, onDone }: { item: ScreeningItem | null; onDone: () => void }) {
  const key = `admin-screening-item:${item?.id ?? 'new'}`;
  const [draft, setDraft] = useState<Draft>(() => ({
    ...draftOf(item),
    ...(taroStorage.get(key) as Partial<Draft> | null),
  }));
  const { errors, run, isBusy } = useAdminWrite();
  const update = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    taroStorage.set(key, next);
    setDraft(next);
  };
  const submit = () => {
    const input = { ...draft, itemId: item?.id ?? null, order: draft.order === '' ? NaN : Number(draft.order) };
    const found = checkForm(schema, input);
    revealFirstError(FIELD_ORDER, found);
    return run(
      found,
      () => adminStores.change('projects.screening.saveItem', input, item?.id ?? 'new-screening-item'),
      () => {
        taroStorage.remove(key);
        onDone();
      },
    );
  };
  const textField = (name: 'text' | 'category', label: string, maxlength: number) => (
    <TextField
      label={label}
      isRequired
      name={name}
      anchor
      value={draft[name]}
      onChange={(value) => update({ [name]: value })}
      error={errors[name]}
      maxlength={maxlength}
    />
  );
  return (
    <View className="admin-form" data-form="screening-item">
      {textField('text', '检查项内容', 80)}
      {textField('category', '类别', 20)}
      {FLAGS.map(([field, label]) => (
        <FormField key={field} label={label} field={field} error={errors[field]}>
          <ChipSelect
            name={field}
            isSingle
            options={YES_NO}
            selected={[draft[field] ? 'yes' : 'no']}
            onChange={(s) => update({ [field]: s[0] === 'yes' })}
          />
        </FormField>
      ))}
      <TextField
        label="排序"
        isRequired
        name="order"
        anchor
        type="number"
        value={draft.order}
        onChange={(order) => update({ order })}
        error={errors.order}
      />
      <TextField
        label="依据来源"
        isRequired
        name="source"
        anchor
        isLong
        value={draft.source}
        onChange={(source) => update({ source })}
        error={errors.source}
        maxlength={200}
      />
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button className="admin-button" data-action="save-screening-item" loading={isBusy} onClick={() => void submit()}>
        保存检查项
      </Button>
    </View>
  );
}

/** 筛查检查表: the office edits the green-screening checklist; a finished screening keeps the items it was answered against. */
export default function AdminScreeningPage() {
  const [items, setItems] = useState<ScreeningItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reload = async () => {
    const answer = await adminStores.screeningItems();
    if (answer.ok) setItems(answer.data);
    else setProblem(answer.error.message);
  };
  const { editing, setEditing, done } = useEditing<ScreeningItem>(reload);
  useEffect(() => void reload(), []);
  return (
    <View className="page admin">
      <Text className="muted admin__note">
        “四个坚决不上”的四项具体内容未在公开资料中找到，未予编写。预置检查项取自平原县“五不批”及国家、山东省目录，均标为待区办核定，请核定后修改。
      </Text>
      <EditorToggle action="new-screening-item" label="新增检查项" editing={editing} setEditing={setEditing}>
        {(record) => <ItemForm item={record} onDone={done} />}
      </EditorToggle>
      {problem && <Text className="admin-error">{problem}</Text>}
      {items === null && !problem && <Text className="muted">加载中…</Text>}
      {items?.map((item) => (
        <AdminCard
          key={item.id}
          attrs={{ 'data-item': item.text }}
          name={`${item.order}. ${item.text}`}
          tag={item.category}
          onEdit={() => setEditing(item)}
        >
          <Text>
            {[
              item.isVeto ? '一票否决' : '非否决项',
              item.needsEvidence ? '须佐证' : null,
              item.isActive ? '启用' : '已停用',
              item.isSettled ? '已核定' : '待区办核定',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text className="muted">依据：{item.source}</Text>
        </AdminCard>
      ))}
    </View>
  );
}
