import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import * as v from 'valibot';
import { FACTORY_STATUS_LABELS, type Factory, type FactoryStatus } from '@core/catalog/catalog';
import { FACTORY_STATUSES, factoryFields } from '@core/catalog/catalog-fields';
import { FormField } from '@/components/form-field';
import { catalogOfficeStores, useOfficeFactories, useOfficeParks } from '@/stores/catalog-office-stores';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { AdminCard, EditorToggle } from '@/subpackages/admin/components/admin-card';
import { PagedList } from '@/subpackages/admin/components/paged-list';
import { TextField } from '@/subpackages/admin/components/text-field';
import { checkForm } from '@/subpackages/admin/form-errors';
import { useAdminWrite } from '@/subpackages/admin/use-admin-write';
import { useEditing, useTextFields } from '@/subpackages/admin/use-text-fields';
import { numberOrNull, shown, textOrNull } from './form-values';

const schema = v.strictObject(factoryFields);
const STATUS_OPTIONS = FACTORY_STATUSES.map((s) => ({ id: s, label: FACTORY_STATUS_LABELS[s] }));
const CUSTOM_OPTIONS = [
  { id: 'yes', label: '可定制' },
  { id: 'no', label: '标准' },
];

/** A new unit or changes to one; 已下架 takes it off the park page (it is never deleted). */
function FactoryForm({ factory, onDone }: { factory: Factory | null; onDone: () => void }) {
  const parks = useOfficeParks();
  const [parkId, setParkId] = useState<string[]>(factory ? [factory.parkId] : []);
  const [status, setStatus] = useState<string[]>([factory?.status ?? 'vacant']);
  const [custom, setCustom] = useState<string[]>([factory?.isCustomBuild ? 'yes' : 'no']);
  const { errors, run } = useAdminWrite();
  const { text, field } = useTextFields(
    {
      name: factory?.name ?? '',
      areaM2: shown(factory?.areaM2),
      floors: shown(factory?.floors),
      readyDate: factory?.readyDate ?? '',
      readyNote: factory?.readyNote ?? '',
      note: factory?.note ?? '',
    },
    errors,
  );
  const submit = () => {
    const input = {
      ...(factory ? { factoryId: factory.id, version: factory.version } : {}),
      parkId: parkId[0] ?? '',
      name: text.name,
      areaM2: numberOrNull(text.areaM2),
      floors: numberOrNull(text.floors),
      status: (status[0] ?? 'vacant') as FactoryStatus,
      readyDate: textOrNull(text.readyDate),
      readyNote: textOrNull(text.readyNote),
      isCustomBuild: custom[0] === 'yes',
      note: textOrNull(text.note),
    };
    return run(
      checkForm(schema, input),
      () => catalogOfficeStores.change('admin.catalog.factories.save', input, factory?.id ?? 'new-factory'),
      onDone,
    );
  };
  const parkOptions = parks.items.map((p) => ({ id: p.id, label: p.name }));
  return (
    <View className="admin-form" data-form="factory">
      <FormField label="所在园区" isRequired error={errors.parkId}>
        <ChipSelect name="parkId" isSingle options={parkOptions} selected={parkId} onChange={setParkId} />
      </FormField>
      <TextField label="厂房名称" isRequired {...field('name')} />
      <TextField label="面积（平方米）" type="number" hint="未公布请留空" {...field('areaM2')} />
      <TextField label="层数" type="number" {...field('floors')} />
      <FormField label="状态" isRequired error={errors.status}>
        <ChipSelect name="status" isSingle options={STATUS_OPTIONS} selected={status} onChange={setStatus} />
      </FormField>
      <TextField label="交付日期（YYYY-MM-DD）" {...field('readyDate')} />
      <TextField label="交付说明" {...field('readyNote')} />
      <FormField label="类型" error={errors.isCustomBuild}>
        <ChipSelect name="isCustomBuild" isSingle options={CUSTOM_OPTIONS} selected={custom} onChange={setCustom} />
      </FormField>
      <TextField label="备注" isLong {...field('note')} />
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button className="admin-button" data-action="save-factory" onClick={() => void submit()}>
        保存厂房
      </Button>
    </View>
  );
}

/** 厂房: every unit of every park, 已下架 ones included. */
export function FactoryTab() {
  const list = useOfficeFactories();
  const parks = useOfficeParks();
  const { editing, setEditing, done } = useEditing<Factory>(() => list.reload());
  useEffect(() => {
    void catalogOfficeStores.factories.getState().reload();
    if (catalogOfficeStores.parks.getState().status === 'idle') void catalogOfficeStores.parks.getState().reload();
  }, []);
  const parkName = (id: string) => parks.items.find((p) => p.id === id)?.name ?? id;
  return (
    <View>
      <EditorToggle action="new-factory" label="新建厂房" editing={editing} setEditing={setEditing}>
        {(record) => <FactoryForm factory={record} onDone={done} />}
      </EditorToggle>
      <PagedList list={list} searchPlaceholder="按厂房名称搜索" emptyText="还没有厂房">
        {(factory) => (
          <AdminCard
            key={factory.id}
            attrs={{ 'data-factory': factory.name }}
            name={factory.name}
            tag={FACTORY_STATUS_LABELS[factory.status]}
            onEdit={() => setEditing(factory)}
          >
            <Text className="muted">
              {parkName(factory.parkId)} · {factory.areaM2 === null ? '面积待补充' : `${factory.areaM2}平方米`}
            </Text>
          </AdminCard>
        )}
      </PagedList>
    </View>
  );
}
