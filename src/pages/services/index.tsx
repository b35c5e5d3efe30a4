import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ServiceCategoryView } from '@core/app/contract';
import { PagedListView } from '../../components/state-view';
import { ticketStores, useServiceCatalog } from '../../stores/ticket-stores';
import { useSession } from '../../stores/session-store';
import { useShare } from '../../hooks/use-share';
import './index.scss';
import { TEXT_BUTTON } from '../../utils/a11y';
import { usePullDownReload } from '../../utils/page-events';
import { materialText } from '@core/tickets/service-category';

const go = (url: string) => void Taro.navigateTo({ url });

/** The page's head: the promise, and the ways to the enterprise's own requests and the staff workbench. */
function ServicesIntro({ isStaff }: { isStaff: boolean }) {
  return (
    <View className="services__intro">
      <Text className="services__title">帮办代办 · 零距离上门</Text>
      <Text className="services__text">一个项目、一位领导、一套班子、一抓到底。所需材料一次告知，专人全程跟办。</Text>
      <View className="services__entries">
        <Text {...TEXT_BUTTON} className="services__entry" onClick={() => go('/pages/my-tickets/index')}>
          我的服务 ›
        </Text>
        <Text {...TEXT_BUTTON} className="services__entry" onClick={() => go('/pages/visit-book/index')}>
          预约考察 ›
        </Text>
        {isStaff && (
          <Text
            {...TEXT_BUTTON}
            className="services__entry"
            onClick={() => go('/subpackages/staff/pages/tickets/inbox/index')}
          >
            工作台（工作人员）›
          </Text>
        )}
      </View>
    </View>
  );
}

/** One service: its deadlines, its material list (told once, on a tap) and 发起申请. */
function ServiceCard({ c, isOpen, onToggle }: { c: ServiceCategoryView; isOpen: boolean; onToggle: () => void }) {
  return (
    <View className="service-card" data-category-id={c.id}>
      <View role="button" aria-expanded={isOpen} className="service-card__head" onClick={onToggle}>
        <Text className="service-card__name">{c.name}</Text>
        <Text className="link">{isOpen ? '收起' : '材料清单'}</Text>
      </View>
      <Text className="service-card__summary">{c.summary}</Text>
      <Text className="service-card__targets">
        响应 {c.targets.responseWorkingHours} 个工作小时 · 办结 {c.targets.resolutionWorkingDays} 个工作日
        {c.targets.isDefaultPendingZone ? '（默认值，待开发区确定）' : ''}
      </Text>
      {isOpen && (
        <View className="service-card__materials">
          <Text className="muted">一次性告知：请准备以下材料</Text>
          {c.materials.map((m, i) => (
            <Text key={m.name} className="service-card__material">
              {i + 1}. {materialText(m)}
            </Text>
          ))}
        </View>
      )}
      <Button
        className="service-card__apply"
        onClick={() => go(`/pages/ticket-new/index?categoryId=${encodeURIComponent(c.id)}`)}
      >
        发起申请
      </Button>
    </View>
  );
}

/** 服务: the catalog of 帮办代办 and 零距离 services, each with its full material list told once (一次性告知). */
export default function ServicesPage() {
  useShare(() => ({ title: '平原经济开发区 · 帮办代办与零距离上门服务', page: 'pages/services/index' }));
  const list = useServiceCatalog();
  const session = useSession();
  const [open, setOpen] = useState<string | null>(null);
  const isStaff = (session.data?.roles ?? []).some((r) => r === 'staff' || r === 'leader');

  useEffect(() => {
    if (ticketStores.catalog.getState().status === 'idle') void ticketStores.catalog.getState().reload();
  }, []);
  usePullDownReload(() => list.reload());

  return (
    <View className="page services">
      <ServicesIntro isStaff={isStaff} />
      <PagedListView list={list} emptyText="暂无服务事项">
        {list.items.map((c) => (
          <ServiceCard key={c.id} c={c} isOpen={open === c.id} onToggle={() => setOpen(open === c.id ? null : c.id)} />
        ))}
      </PagedListView>
    </View>
  );
}
