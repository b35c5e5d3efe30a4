import { Text, View } from '@tarojs/components';
import type { DashboardAnswer } from '@core/app/contract';
import { Funnel, TrendLines, hrs, pct } from '@/subpackages/dashboard/components/charts';
import { Card, DataTable } from '@/subpackages/dashboard/components/report-parts';

export function TrendCard({ trend }: { trend: DashboardAnswer['trend'] }) {
  return (
    <Card title="趋势（每日）" wide>
      <TrendLines
        dates={trend.map((p) => p.date)}
        series={[
          { label: '新建', color: '#1d4e89', values: trend.map((p) => p.created) },
          { label: '首次解决', color: '#15803d', values: trend.map((p) => p.resolved) },
          { label: '日末未办结', color: '#b45309', values: trend.map((p) => p.open) },
        ]}
      />
      <View className="trend-table">
        {trend.map((p) => (
          <Text key={p.date} className="trend-table__row">
            {p.date.slice(5)}：新建 {p.created}，解决 {p.resolved}，未办结 {p.open}
          </Text>
        ))}
      </View>
    </Card>
  );
}

const WORKLOAD_HEAD = ['名称', '受理', '解决', '响应按时率', '办结按时率', '响应中位数', '差评', '督办'];

/** 团队 or 人员: each one's received and resolved work, its on-time rates, bad ratings and 督办. */
export function WorkloadCard({ title, rows }: { title: string; rows: DashboardAnswer['teams'] }) {
  return (
    <Card title={title} wide>
      <DataTable
        head={WORKLOAD_HEAD}
        rows={rows.map((r) => ({
          key: r.id,
          cells: [
            r.name,
            r.received,
            r.resolved,
            pct(r.responseRate),
            pct(r.resolutionRate),
            hrs(r.medianResponseHours),
            r.badRatings,
            r.supervision,
          ],
        }))}
      />
    </Card>
  );
}

export function VisitsCard({ visits }: { visits: DashboardAnswer['visits'] }) {
  const sum = (pick: (v: DashboardAnswer['visits'][number]) => number) => visits.reduce((n, v) => n + pick(v), 0);
  return (
    <Card title="园区考察">
      <Funnel
        stages={[
          { label: '预约', value: sum((v) => v.booked) },
          { label: '已确认', value: sum((v) => v.confirmed) },
          { label: '已完成', value: sum((v) => v.completed) },
          { label: '转为线索', value: sum((v) => v.completedWithLead) },
        ]}
      />
      {visits.map((v) => (
        <Text key={v.parkId} className="dash-card__line">
          {v.parkName}：预约 {v.booked} · 确认 {v.confirmed} · 完成 {v.completed} · 取消 {v.cancelled} · 未能接待{' '}
          {v.declined} · 未到访 {v.noShow} · 考察转线索率 {pct(v.leadRate)}（{v.completedWithLead}/{v.completed}）
        </Text>
      ))}
    </Card>
  );
}
