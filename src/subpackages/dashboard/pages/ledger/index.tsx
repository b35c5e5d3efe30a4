import { Text, View } from '@tarojs/components';
import { LEDGER_LINE_LABELS, type LedgerAnswer } from '@core/dashboard/ledger-figures';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { ReportPage } from '../../components/report-page';
import { Card, DataTable, RoundLink, TicketLink } from '../../components/report-parts';
import { dashboardStores } from '@/stores/dashboard-store';
import '../../dashboard.scss';

const SUBJECT_LABEL = { person: '个人', team: '团队' } as const;
const SUBJECT_HEAD = ['类别', '名称', '超时', '督办', '差评', '按时办结', '整改', '按时整改', '逾期整改', '评议得分'];

/** Per person and team: the sums of the period's ledger lines. */
function LedgerSubjects({ subjects }: { subjects: LedgerAnswer['subjects'] }) {
  return (
    <Card title="考核汇总（每项计入当时经手的人员和团队）" wide>
      {subjects.length === 0 ? (
        <Text className="muted">本期没有考核记录</Text>
      ) : (
        <DataTable
          head={SUBJECT_HEAD}
          rows={subjects.map((s) => ({
            key: `${s.subject}-${s.id}`,
            cells: [
              ...[SUBJECT_LABEL[s.subject], s.name, s.breaches, s.supervision, s.badRatings, s.onTimeCloses],
              ...[s.followUpsOpened, s.followUpsClosedOnTime, s.followUpsOverdue],
              s.evaluationScore === null ? '—' : s.evaluationScore.toFixed(1),
            ],
          }))}
        />
      )}
    </Card>
  );
}

/** The latest ledger lines, each opening its ticket. */
function LedgerLines({ a }: { a: LedgerAnswer }) {
  const shown = a.lineCount > a.lines.length ? `，显示最近 ${a.lines.length} 条，全部请导出` : '';
  return (
    <Card title={`考核记录（${a.lineCount} 条${shown}）`} wide>
      {a.lines.map((l, i) => {
        const key = `${l.kind}-${l.subject}-${l.subjectId}-${l.ticketId ?? l.roundId}-${l.at}-${i}`;
        const body = <LineBody line={l} />;
        return l.roundId !== null ? (
          <RoundLink key={key} className="ledger-line" roundId={l.roundId}>
            {body}
          </RoundLink>
        ) : (
          <TicketLink key={key} className="ledger-line" ticketId={l.ticketId ?? ''}>
            {body}
          </TicketLink>
        );
      })}
    </Card>
  );
}

/** One line: its kind, whom it counts for, when and why. */
function LineBody({ line: l }: { line: LedgerAnswer['lines'][number] }) {
  return (
    <>
      <Text className={`ledger-line__kind ledger-line__kind--${l.kind}`}>{LEDGER_LINE_LABELS[l.kind]}</Text>
      <View className="ledger-line__body">
        <Text className="ledger-line__who">
          {SUBJECT_LABEL[l.subject]} · {l.subjectName}
        </Text>
        <Text className="ledger-line__note">
          {formatDateTimeZh(l.at)} · {l.note || '—'} ›
        </Text>
      </View>
    </>
  );
}

/** 考核台账: per person and team over a period — 超时, 督办, 差评, 按时办结, 整改 results and 现场评议 scores, each linking to its ticket or round. */
export default function LedgerPage() {
  return (
    <ReportPage
      store={dashboardStores.ledger}
      report="ledger"
      note="内部工作区：领导查看本人负责团队及成员，招商服务办公室查看全部。整改含差评整改和现场评议末位整改（计入该团队及其负责领导）；按园区查看时，现场评议记录含该园区的团队和园区内的项目。"
      metaOf={(a) => a.filterText}
    >
      {(a) => (
        <View className="dash-grid">
          <LedgerSubjects subjects={a.subjects} />
          <LedgerLines a={a} />
        </View>
      )}
    </ReportPage>
  );
}
