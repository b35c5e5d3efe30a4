import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import * as v from 'valibot';
import { PARK_STATUS_LABELS, type Park, type ParkStatus } from '@core/catalog/catalog';
import { PARK_STATUSES, parkFields } from '@core/catalog/catalog-fields';
import { FormField } from '@/components/form-field';
import { catalogStores, useIndustries } from '@/stores/catalog-stores';
import { catalogOfficeStores, useOfficeParks } from '@/stores/catalog-office-stores';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { AdminCard, EditorToggle } from '@/subpackages/admin/components/admin-card';
import { PagedList } from '@/subpackages/admin/components/paged-list';
import { TextField } from '@/subpackages/admin/components/text-field';
import { checkForm } from '@/subpackages/admin/form-errors';
import { useAdminWrite } from '@/subpackages/admin/use-admin-write';
import { useEditing, useTextFields } from '@/subpackages/admin/use-text-fields';
import { lines, numberOrNull, shown, textOrNull } from './form-values';

const schema = v.strictObject(parkFields);
const STATUS_OPTIONS = PARK_STATUSES.map((s) => ({ id: s, label: PARK_STATUS_LABELS[s] }));

/** A new park or changes to one; figures and the map location are kept as they are. */
function ParkForm({ park, onDone }: { park: Park | null; onDone: () => void }) {
  const industries = useIndustries();
  useEffect(() => void catalogStores.industries.getState().load(), []);
  const [industryIds, setIndustryIds] = useState<string[]>(park?.industryIds ?? []);
  const [status, setStatus] = useState<string[]>([park?.status ?? 'planning']);
  const { errors, run } = useAdminWrite();
  const { text, field } = useTextFields(
    {
      name: park?.name ?? '',
      order: shown(park?.order ?? 10),
      summary: park?.summary ?? '',
      description: park?.description ?? '',
      areaMu: shown(park?.areaMu),
      investmentYi: shown(park?.investmentYi),
      address: park?.address ?? '',
      contactRole: park?.contactRole ?? '园区招商服务专员',
      highlights: (park?.highlights ?? []).join('\n'),
    },
    errors,
  );
  const submit = () => {
    const input = {
      ...(park ? { parkId: park.id, version: park.version } : {}),
      name: text.name,
      order: numberOrNull(text.order) ?? 0,
      summary: text.summary,
      description: text.description,
      industryIds,
      status: (status[0] ?? 'unknown') as ParkStatus,
      areaMu: numberOrNull(text.areaMu),
      investmentYi: numberOrNull(text.investmentYi),
      figures: park?.figures ?? [],
      highlights: lines(text.highlights),
      address: textOrNull(text.address),
      location: park?.location ?? null,
      contactRole: text.contactRole,
    };
    return run(
      checkForm(schema, input),
      () => catalogOfficeStores.change('admin.catalog.parks.save', input, park?.id ?? 'new-park'),
      onDone,
    );
  };
  const industryOptions = (industries.data ?? []).map((i) => ({ id: i.id, label: i.name }));
  return (
    <View className="admin-form" data-form="park">
      <TextField label="园区名称" isRequired {...field('name')} />
      <TextField label="排序（1–999，小的在前）" isRequired type="number" {...field('order')} />
      <TextField label="简介" isRequired {...field('summary')} />
      <TextField label="介绍" isLong {...field('description')} />
      <FormField label="主导产业" error={errors.industryIds}>
        <ChipSelect name="industryIds" options={industryOptions} selected={industryIds} onChange={setIndustryIds} />
      </FormField>
      <FormField label="状态" isRequired error={errors.status}>
        <ChipSelect name="status" isSingle options={STATUS_OPTIONS} selected={status} onChange={setStatus} />
      </FormField>
      <TextField label="占地（亩）" type="number" hint="未公布请留空，显示为待补充" {...field('areaMu')} />
      <TextField label="总投资（亿元）" type="number" {...field('investmentYi')} />
      <TextField label="地址" {...field('address')} />
      <TextField label="联系岗位" isRequired hint="岗位名称，不填个人手机号" {...field('contactRole')} />
      <TextField label="亮点（每行一条）" isLong {...field('highlights')} />
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button className="admin-button" data-action="save-park" onClick={() => void submit()}>
        保存园区
      </Button>
    </View>
  );
}

/** 园区: every park; new ones and edits show on 首页 and 园区 at once. Parks are not retired. */
export function ParkTab() {
  const list = useOfficeParks();
  const { editing, setEditing, done } = useEditing<Park>(() => list.reload());
  useEffect(() => void catalogOfficeStores.parks.getState().reload(), []);
  return (
    <View>
      <EditorToggle action="new-park" label="新建园区" editing={editing} setEditing={setEditing}>
        {(record) => <ParkForm park={record} onDone={done} />}
      </EditorToggle>
      <PagedList list={list} searchPlaceholder="按园区名称搜索" emptyText="没有找到园区">
        {(park) => (
          <AdminCard
            key={park.id}
            attrs={{ 'data-park': park.name }}
            name={park.name}
            tag={PARK_STATUS_LABELS[park.status]}
            onEdit={() => setEditing(park)}
          >
            <Text className="muted">{park.summary}</Text>
          </AdminCard>
        )}
      </PagedList>
    </View>
  );
}
