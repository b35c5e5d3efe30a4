import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { CategoryAdminView } from '@core/app/contract';
import { adminStores, useCategoryList } from '@/stores/admin-stores';
import { AdminCard, NewToggle } from '../../components/admin-card';
import { PagedList } from '../../components/paged-list';
import { CategoryForm } from './components/category-form';
import { RulesPanel } from './components/rules-panel';
import '../../admin.scss';

type Open = { kind: 'new' } | { kind: 'edit' | 'rules'; category: CategoryAdminView } | null;

/** 服务事项: the catalog the enterprise files against — materials, desk, on/off — and its versioned SLA and routing rules. */
export default function AdminCategoriesPage() {
  const list = useCategoryList();
  const [open, setOpen] = useState<Open>(null);
  useEffect(() => void adminStores.categories.getState().reload(), []);
  const done = () => {
    setOpen(null);
    void list.reload();
  };
  return (
    <View className="page admin">
      <NewToggle
        action="new-category"
        label="新建服务事项"
        isOpen={open !== null}
        onToggle={() => setOpen(open ? null : { kind: 'new' })}
      />
      {open?.kind === 'new' && <CategoryForm category={null} onDone={done} />}
      {open?.kind === 'edit' && <CategoryForm key={open.category.id} category={open.category} onDone={done} />}
      {open?.kind === 'rules' && (
        <RulesPanel
          key={open.category.id}
          category={open.category}
          onChanged={(category) => {
            setOpen({ kind: 'rules', category });
            void list.reload();
          }}
        />
      )}
      <PagedList list={list} searchPlaceholder="按事项名称搜索" emptyText="没有找到服务事项">
        {(c) => {
          const current = c.rules.find((r) => r.state === 'current');
          const scheduled = c.rules.filter((r) => r.state === 'scheduled').length;
          return (
            <AdminCard
              key={c.id}
              attrs={{ 'data-category': c.name }}
              name={c.name}
              tag={c.isActive ? '开放' : '已停用'}
              onEdit={() => setOpen({ kind: 'edit', category: c })}
              actions={
                <Button
                  className="admin-button admin-button--plain"
                  data-action="rules"
                  onClick={() => setOpen({ kind: 'rules', category: c })}
                >
                  规则版本
                </Button>
              }
            >
              {c.problem && (
                <View className="admin__notice" role="alert">
                  <Text>{c.problem}</Text>
                </View>
              )}
              <Text>
                现行：响应 {current?.targets.responseWorkingHours ?? '—'} 个工作小时 · 办结{' '}
                {current?.targets.resolutionWorkingDays ?? '—'} 个工作日
                {scheduled > 0 ? ` · ${scheduled} 个版本待生效` : ''}
              </Text>
              <Text className="muted">
                业务窗口：{c.deskTeamName ?? '—'} · 材料 {c.materials.length} 项（必交{' '}
                {c.materials.filter((m) => m.isRequired).length} 项）
              </Text>
            </AdminCard>
          );
        }}
      </PagedList>
    </View>
  );
}
