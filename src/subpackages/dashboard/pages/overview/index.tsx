import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { DashboardAnswer } from '@core/app/contract';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { MetricHelp } from '../../components/metric-help';
import { ReportPage } from '../../components/report-page';
import { dashboardStores } from '@/stores/dashboard-store';
import {
  DurationCard,
  OnTimeCard,
  OverdueCard,
  SatisfactionCard,
  SupervisionCard,
  TicketTiles,
  VolumeCard,
} from './components/ticket-figures';
import { ProjectsCard } from './components/project-figures';
import { TrendCard, VisitsCard, WorkloadCard } from './components/work-figures';
import '../../dashboard.scss';

function Figures({ a }: { a: DashboardAnswer }) {
  return (
    <View className="dash-grid">
      <TicketTiles t={a.tickets} />
      <OnTimeCard t={a.tickets} />
      <DurationCard t={a.tickets} />
      <VolumeCard t={a.tickets} />
      <TrendCard trend={a.trend} />
      <SatisfactionCard s={a.tickets.satisfaction} />
      <SupervisionCard a={a} />
      <OverdueCard t={a.tickets} />
      <WorkloadCard title="团队" rows={a.teams} />
      <WorkloadCard title="人员" rows={a.people} />
      <VisitsCard visits={a.visits} />
      <ProjectsCard p={a.projects} />
    </View>
  );
}

/** 服务驾驶舱 (C8): figures for leaders (their own teams) and the office (everything). */
export default function DashboardPage() {
  return (
    <ReportPage
      store={dashboardStores.dashboard}
      report="dashboard"
      note="内部工作区：仅限负责领导和招商服务办公室"
      metaOf={(a) => `${a.filterText} · 统计至 ${formatDateTimeZh(a.asOf - 1)}`}
      actions={
        <Button
          className="dash__button"
          onClick={() => void Taro.navigateTo({ url: '/subpackages/dashboard/pages/ledger/index' })}
        >
          考核台账 ›
        </Button>
      }
      footer={<MetricHelp />}
    >
      {(a) => <Figures a={a} />}
    </ReportPage>
  );
}
