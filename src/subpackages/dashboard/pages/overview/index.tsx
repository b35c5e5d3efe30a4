import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { DashboardAnswer } from '@core/app/contract';
import { RATING_LABELS, RATING_LEVELS } from '@core/tickets/rating';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { StateView } from '@/components/state-view';
import { BarList, Funnel, TrendLines, hrs, pct } from '../../components/charts';
import { FilterBar } from '../../components/filter-bar';
import { useReportPage } from '../../components/use-report-page';
import { MetricHelp } from '../../components/metric-help';
import { NO_CHOICES, dashboardStores, useDashboard } from '@/stores/dashboard-store';
import '../../dashboard.scss';

const TICKET_DETAIL = '/subpackages/staff/pages/tickets/detail/index';

function Tile({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <View className="tile" {...{ 'aria-label': `${label}：${value}${note ? `，${note}` : ''}` }}>
      <Text className="tile__label">{label}</Text>
      <Text className="tile__value">{value}</Text>
      {note && <Text className="tile__note">{note}</Text>}
    </View>
  );
}

function Card({ title, children, wide }: { title: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <View className={`dash-card ${wide ? 'dash-card--wide' : ''}`}>
      <Text className="dash-card__title">{title}</Text>
      {children}
    </View>
  );
}

function Figures({ a }: { a: DashboardAnswer }) {
  const t = a.tickets;
  const s = t.satisfaction;
  const visits = a.visits.reduce(
    (sum, v) => ({
      booked: sum.booked + v.booked,
      confirmed: sum.confirmed + v.confirmed,
      completed: sum.completed + v.completed,
    }),
    { booked: 0, confirmed: 0, completed: 0 },
  );
  return (
    <View className="dash-grid">
      <View className="tiles dash-card--wide">
        <Tile label="新建工单" value={String(t.totals.created)} />
        <Tile label="首次解决" value={String(t.totals.resolved)} />
        <Tile label="期末未办结" value={String(t.totals.openAtEnd)} />
        <Tile
          label="响应按时率"
          value={pct(t.onTime.response.rate)}
          note={`按时 ${t.onTime.response.met} · 超时 ${t.onTime.response.breached}`}
        />
        <Tile
          label="办结按时率"
          value={pct(t.onTime.resolution.rate)}
          note={`按时 ${t.onTime.resolution.met} · 超时 ${t.onTime.resolution.breached}`}
        />
        <Tile label="差评率" value={pct(s.badRate)} note={`评价 ${s.ratings} · 差评 ${s.bad}`} />
      </View>
      <Card title="按时率">
        <BarList
          max={1}
          rows={[
            {
              key: 'r',
              label: '首次响应',
              value: t.onTime.response.rate ?? 0,
              text: pct(t.onTime.response.rate),
              tone: 'good',
            },
            {
              key: 's',
              label: '办结',
              value: t.onTime.resolution.rate ?? 0,
              text: pct(t.onTime.resolution.rate),
              tone: 'good',
            },
          ]}
        />
      </Card>
      <Card title="办理时长（工作时间，扣除等待企业）">
        <BarList
          rows={[
            ...([
              ['首次响应', t.firstResponse],
              ['首次解决', t.firstResolution],
              ['确认办结', t.fullResolution],
            ] as const),
          ].map(([label, d]) => ({
            key: label,
            label: `${label}中位数`,
            value: d.medianHours ?? 0,
            text: `${hrs(d.medianHours)}（P90 ${hrs(d.p90Hours)}，${d.count} 件）`,
          }))}
        />
      </Card>
      <Card title="分类工单量">
        {t.volumes.length === 0 ? (
          <Text className="muted">本期没有工单</Text>
        ) : (
          <BarList
            rows={t.volumes.map((v) => ({
              key: v.categoryId,
              label: v.categoryName,
              value: v.created,
              text: `新建 ${v.created} · 解决 ${v.resolved} · 未办结 ${v.openAtEnd}`,
            }))}
          />
        )}
      </Card>
      <Card title="趋势（每日）" wide>
        <TrendLines
          dates={a.trend.map((p) => p.date)}
          series={[
            { label: '新建', color: '#1d4e89', values: a.trend.map((p) => p.created) },
            { label: '首次解决', color: '#15803d', values: a.trend.map((p) => p.resolved) },
            { label: '日末未办结', color: '#b45309', values: a.trend.map((p) => p.open) },
          ]}
        />
        <View className="trend-table">
          {a.trend.map((p) => (
            <Text key={p.date} className="trend-table__row">
              {p.date.slice(5)}：新建 {p.created}，解决 {p.resolved}，未办结 {p.open}
            </Text>
          ))}
        </View>
      </Card>
      <Card title="满意度（好差评）">
        <BarList
          rows={RATING_LEVELS.map((level) => ({
            key: String(level),
            label: `${level}星 ${RATING_LABELS[level]}`,
            value: s.byLevel[level],
            text: `${s.byLevel[level]} 条`,
            tone: level <= 2 ? 'bad' : level >= 4 ? 'good' : 'plain',
          }))}
        />
        <Text className="dash-card__line">
          差评率 {pct(s.badRate)} · 4–5星占比 {pct(s.goodShare)} · 评价率 {pct(s.ratingRate)}（确认办结 {s.confirmed}
          ，已评价 {s.rated}）
        </Text>
      </Card>
      <Card title="督办与整改">
        <Text className="dash-card__line">
          负责领导督办 {t.supervision.leader} 次 · 报办公室督办 {t.supervision.office} 次
        </Text>
        <Text className="dash-card__line">
          整改新开 {a.followUps.opened} · 按时完成 {a.followUps.closedOnTime} · 逾期 {a.followUps.overdue}
        </Text>
      </Card>
      <Card title={`超时清单（${t.overdueCount} 件，最久在前）`} wide>
        {t.overdue.length === 0 ? (
          <Text className="muted">没有超时未办结的工单</Text>
        ) : (
          t.overdue.map((o) => (
            <View
              key={o.ticketId}
              className="overdue"
              data-ticket-id={o.ticketId}
              {...{ role: 'link' }}
              onClick={() => void Taro.navigateTo({ url: `${TICKET_DETAIL}?id=${encodeURIComponent(o.ticketId)}` })}
            >
              <View className="overdue__head">
                <Text className="overdue__name">{o.categoryName}</Text>
                <Text className="overdue__late">已超时 {o.overdueHours} 个工作小时</Text>
              </View>
              <Text className="overdue__line">
                承办 {o.ownerName} · {o.teamName} · 负责领导 {o.leaderName || '—'} · 督办 {o.supervisionCount} 次 ›
              </Text>
            </View>
          ))
        )}
      </Card>
      {(['teams', 'people'] as const).map((key) => (
        <Card key={key} title={key === 'teams' ? '团队' : '人员'} wide>
          <View className="table" {...{ role: 'table' }}>
            <View className="table__row table__row--head" {...{ role: 'row' }}>
              {['名称', '受理', '解决', '响应按时率', '办结按时率', '响应中位数', '差评', '督办'].map((h) => (
                <Text key={h} className={`table__cell ${h === '名称' ? 'table__cell--name' : ''}`}>
                  {h}
                </Text>
              ))}
            </View>
            {a[key].map((r) => (
              <View key={r.id} className="table__row" {...{ role: 'row' }}>
                {[
                  r.name,
                  r.received,
                  r.resolved,
                  pct(r.responseRate),
                  pct(r.resolutionRate),
                  hrs(r.medianResponseHours),
                  r.badRatings,
                  r.supervision,
                ].map((c, i) => (
                  <Text key={i} className={`table__cell ${i === 0 ? 'table__cell--name' : ''}`}>
                    {String(c)}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        </Card>
      ))}
      <Card title="园区考察">
        <Funnel
          stages={[
            { label: '预约', value: visits.booked },
            { label: '已确认', value: visits.confirmed },
            { label: '已完成', value: visits.completed },
          ]}
        />
        {a.visits.map((v) => (
          <Text key={v.parkId} className="dash-card__line">
            {v.parkName}：预约 {v.booked} · 确认 {v.confirmed} · 完成 {v.completed} · 取消 {v.cancelled} · 未能接待{' '}
            {v.declined} · 未到访 {v.noShow}
          </Text>
        ))}
        <Text className="dash-card__line muted">考察转线索率：待项目管理上线</Text>
      </Card>
      <Card title="项目">
        <Text className="muted">项目指标待项目管理上线后提供</Text>
      </Card>
    </View>
  );
}

/** 服务驾驶舱 (C8): figures for leaders (their own teams) and the office (everything). */
export default function DashboardPage() {
  const state = useDashboard();
  const choices = state.data?.choices ?? NO_CHOICES;
  const { exportError, isExporting, runExport } = useReportPage(dashboardStores.dashboard, 'dashboard', state.filters);
  return (
    <View className="page dash">
      <Text className="muted dash__note">内部工作区：仅限负责领导和招商服务办公室</Text>
      <FilterBar
        filters={state.filters}
        choices={choices}
        onChange={(f) => void dashboardStores.dashboard.getState().apply(f)}
      />
      {state.data && (
        <Text className="dash__meta">
          {state.data.filterText} · 统计至 {formatDateTimeZh(state.data.asOf - 1)}
        </Text>
      )}
      <StateView
        status={state.status}
        error={state.error}
        isEmpty={!state.data}
        emptyText="请选择时间范围"
        onRetry={() => void dashboardStores.dashboard.getState().reload()}
      >
        {state.data && <Figures a={state.data} />}
      </StateView>
      <View className="dash__actions">
        <Button className="dash__button" disabled={isExporting} onClick={() => void runExport()}>
          {isExporting ? '正在导出…' : '导出 Excel'}
        </Button>
        <Button
          className="dash__button"
          onClick={() => void Taro.navigateTo({ url: '/subpackages/dashboard/pages/ledger/index' })}
        >
          考核台账 ›
        </Button>
      </View>
      {exportError && (
        <Text className="dash__error" {...{ role: 'alert' }}>
          {exportError}
        </Text>
      )}
      <MetricHelp />
    </View>
  );
}
