import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import * as v from 'valibot';
import type { TeamAdminView } from '@core/app/contract';
import { teamFields } from '@core/admin/admin-fields';
import { TEAM_KINDS, TEAM_KIND_LABELS, type TeamKind } from '@core/identity/staff';
import { FormField } from '@/components/form-field';
import { adminStores, useTeamList } from '@/stores/admin-stores';
import { AdminCard, EditorToggle } from '../../components/admin-card';
import { useEditing } from '../../use-text-fields';
import { ChipSelect } from '../../components/chip-select';
import { PagedList } from '../../components/paged-list';
import { TextField } from '../../components/text-field';
import { checkForm } from '../../form-errors';
import { useAdminWrite } from '../../use-admin-write';
import { useAdminOptions } from '../../use-options';
import '../../admin.scss';

const schema = v.strictObject(teamFields);
const KIND_OPTIONS = TEAM_KINDS.map((k) => ({ id: k, label: TEAM_KIND_LABELS[k] }));

/** A new team, or changes to one: kind, leader, members in routing order, and a desk's categories. */
function TeamForm({ team, onDone }: { team: TeamAdminView | null; onDone: () => void }) {
  const options = useAdminOptions();
  const [name, setName] = useState(team?.name ?? '');
  const [kind, setKind] = useState<string[]>([team?.kind ?? 'category_desk']);
  const [leader, setLeader] = useState<string[]>(team ? [team.leaderUserId] : []);
  const [members, setMembers] = useState<string[]>(team?.memberIds ?? []);
  const [categoryIds, setCategoryIds] = useState<string[]>(team?.categoryIds ?? []);
  const { errors, run } = useAdminWrite();
  const submit = () => {
    const input = {
      teamId: team?.id ?? null,
      name,
      kind: (kind[0] ?? 'category_desk') as TeamKind,
      parkId: team?.parkId ?? null,
      leaderUserId: leader[0] ?? '',
      memberIds: members,
      categoryIds: kind[0] === 'category_desk' ? categoryIds : [],
    };
    return run(
      checkForm(schema, input),
      () => adminStores.change('admin.teams.save', input, team?.id ?? 'new-team'),
      onDone,
    );
  };
  return (
    <View className="admin-form" data-form="team">
      <TextField label="团队名称" isRequired name="name" value={name} onChange={setName} error={errors.name} />
      <FormField label="类型" isRequired error={errors.kind}>
        <ChipSelect name="kind" isSingle options={KIND_OPTIONS} selected={kind} onChange={setKind} />
      </FormField>
      <FormField label="负责领导" isRequired error={errors.leaderUserId}>
        <ChipSelect name="leaderUserId" isSingle options={options.staff} selected={leader} onChange={setLeader} />
      </FormField>
      <FormField label="成员（按点选顺序派单）" isRequired error={errors.memberIds}>
        <ChipSelect name="memberIds" options={options.staff} selected={members} onChange={setMembers} />
      </FormField>
      {kind[0] === 'category_desk' && (
        <FormField label="承接的服务事项" error={errors.categoryIds}>
          <ChipSelect
            name="categoryIds"
            options={options.categories}
            selected={categoryIds}
            onChange={setCategoryIds}
          />
        </FormField>
      )}
      {(errors.form || errors.parkId) && <Text className="admin-error">{errors.form ?? errors.parkId}</Text>}
      <Button className="admin-button" data-action="save-team" onClick={() => void submit()}>
        保存团队
      </Button>
    </View>
  );
}

/** 团队: the routing targets (C4), searchable and paged. */
export default function AdminTeamsPage() {
  const list = useTeamList();
  const { editing, setEditing, done } = useEditing<TeamAdminView>(() => list.reload());
  useEffect(() => void adminStores.teams.getState().reload(), []);
  return (
    <View className="page admin">
      <EditorToggle action="new-team" label="新建团队" editing={editing} setEditing={setEditing}>
        {(record) => <TeamForm team={record} onDone={done} />}
      </EditorToggle>
      <PagedList list={list} searchPlaceholder="按团队名称搜索" emptyText="没有找到团队">
        {(team) => (
          <AdminCard
            key={team.id}
            attrs={{ 'data-team': team.name }}
            name={team.name}
            tag={TEAM_KIND_LABELS[team.kind]}
            onEdit={() => setEditing(team)}
          >
            <Text>负责：{team.leaderName ?? '—'}</Text>
            <Text className="muted">成员：{team.memberNames.join('、')}</Text>
          </AdminCard>
        )}
      </PagedList>
    </View>
  );
}
