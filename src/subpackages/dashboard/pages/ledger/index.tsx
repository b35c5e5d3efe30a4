import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LEDGER_LINE_LABELS, type LedgerAnswer } from '@core/dashboard/ledger-figures';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { StateView } from '@/components/state-view';
import { FilterBar } from '../../components/filter-bar';
import { useReportPage } from '../../components/use-report-page';
import { NO_CHOICES, dashboardStores, useLedger } from '@/stores/dashboard-store';
import '../../dashboard.scss';

const TICKET_DETAIL = '/subpackages/staff/pages/tickets/detail/index';
const SUBJECT_LABEL = { person: '个人', team: '团队' } as const;

function Ledger({ a }: { a: LedgerAnswer }) {
  return (
    <View className="dash-grid">
      <View className="dash-card dash-card--wide">
        <Text className="dash-card__title">考核汇总（每项计入当时经手的人员和团队）</Text>
        {a.subjects.length === 0 ? (
          <Text className="muted">本期没有考核记录</Text>
        ) : (
          <View className="table" {...{ role: 'table' }}>
            <View className="table__row table__row--head" {...{ role: 'row' }}>
              {['类别', '名称', '超时', '督办', '差评', '按时办结', '整改', '按时整改', '逾期整改'].map((h) => (
                <Text key={h} className={`table__cell ${h === '名称' ? 'table__cell--name' : ''}`}>
                  {h}
                </Text>
              ))}
            </View>
            {a.subjects.map((s) => (
              <View key={`${s.subject}-${s.id}`} className="table__row" {...{ role: 'row' }}>
                {[
                  ...[SUBJECT_LABEL[s.subject], s.name, s.breaches, s.supervision, s.badRatings, s.onTimeCloses],
                  ...[s.followUpsOpened, s.followUpsClosedOnTime, s.followUpsOverdue],
                ].map((c, i) => (
                  <Text key={i} className={`table__cell ${i === 1 ? 'table__cell--name' : ''}`}>
                    {String(c)}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        )}
      </View>
      <View className="dash-card dash-card--wide">
        <Text className="dash-card__title">
          考核记录（{a.lineCount} 条{a.lineCount > a.lines.length ? `，显示最近 ${a.lines.length} 条，全部请导出` : ''}
          ）
        </Text>
        {a.lines.map((l, i) => (
          <View
            key={`${l.kind}-${l.subject}-${l.subjectId}-${l.ticketId}-${l.at}-${i}`}
            className="ledger-line"
            data-ticket-id={l.ticketId}
            {...{ role: 'link' }}
            onClick={() => void Taro.navigateTo({ url: `${TICKET_DETAIL}?id=${encodeURIComponent(l.ticketId)}` })}
          >
            <Text className={`ledger-line__kind ledger-line__kind--${l.kind}`}>{LEDGER_LINE_LABELS[l.kind]}</Text>
            <View className="ledger-line__body">
              <Text className="ledger-line__who">
                {SUBJECT_LABEL[l.subject]} · {l.subjectName}
              </Text>
              <Text className="ledger-line__note">
                {formatDateTimeZh(l.at)} · {l.note || '—'} ›
              </Text>
            </View>
          </View>
        ))}
        <Text className="dash-card__line muted">现场评议得分待评议功能上线后计入。</Text>
      </View>
    </View>
  );
}

/** 考核台账: per person and team over a period — 超时, 督办, 差评, 按时办结 and 整改 results, each linking to its ticket. */
export default function LedgerPage() {
  const state = useLedger();
  const { exportError, isExporting, runExport } = useReportPage(dashboardStores.ledger, 'ledger', state.filters);
  return (
    <View className="page dash">
      <Text className="muted dash__note">内部工作区：领导查看本人负责团队及成员，招商服务办公室查看全部</Text>
      <FilterBar
        filters={state.filters}
        choices={state.data?.choices ?? NO_CHOICES}
        onChange={(f) => void dashboardStores.ledger.getState().apply(f)}
      />
      {state.data && <Text className="dash__meta">{state.data.filterText}</Text>}
      <StateView
        status={state.status}
        error={state.error}
        isEmpty={!state.data}
        emptyText="请选择时间范围"
        onRetry={() => void dashboardStores.ledger.getState().reload()}
      >
        {state.data && <Ledger a={state.data} />}
      </StateView>
      <View className="dash__actions">
        <Button className="dash__button" disabled={isExporting} onClick={() => void runExport()}>
          {isExporting ? '正在导出…' : '导出 Excel'}
        </Button>
      </View>
      {exportError && (
        <Text className="dash__error" {...{ role: 'alert' }}>
          {exportError}
        </Text>
      )}
    </View>
  );
}
