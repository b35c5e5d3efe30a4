import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { VisitView } from '@core/app/contract';
import { FormField } from '@/components/form-field';
import { Section } from '@/components/section';
import { useVisitEntry, VisitEntryView } from '@/components/visit-entry';
import { VisitSummary } from '@/components/visit-summary';
import { TimelineSection } from '@/components/visit-timeline';
import { visitStores, type VisitChangeAction } from '@/stores/visit-stores';
import { LeadSection } from './components/lead-section';
import './index.scss';

type Step = 'decline' | 'note' | null;

/** The host's changes of the visit: the open step (婉拒 / 备注) with its text, the one running, its error. */
function useHostChange(visit: VisitView | null) {
  const [step, setStep] = useState<Step>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<VisitChangeAction | null>(null);
  const run = async (action: VisitChangeAction, done: string) => {
    if (busy || !visit) return;
    setBusy(action);
    setError(null);
    const answer =
      action === 'visits.decline'
        ? await visitStores.changeVisit(action, { visitId: visit.id, reason: text })
        : action === 'visits.note'
          ? await visitStores.changeVisit(action, { visitId: visit.id, text })
          : await visitStores.changeVisit(action as 'visits.confirm', { visitId: visit.id });
    setBusy(null);
    if (answer.ok) {
      setStep(null);
      setText('');
      void Taro.showToast({ title: done, icon: 'success' });
    } else {
      setError(answer.error.message);
    }
  };
  return { step, setStep, text, setText, error, busy, run };
}

type HostChange = ReturnType<typeof useHostChange>;

/** 婉拒 or 备注: its text and its button. */
function StepForm({ change, step }: { change: HostChange; step: 'decline' | 'note' }) {
  const { busy, run } = change;
  return (
    <View className="staff-visit__step">
      <FormField label={step === 'decline' ? '婉拒原因（客商可见）' : '内部备注（客商不可见）'} isRequired>
        <Input
          className="input"
          value={change.text}
          maxlength={step === 'decline' ? 200 : 500}
          placeholder="请填写"
          onInput={(e) => change.setText(e.detail.value)}
        />
      </FormField>
      <Button
        className={`${step === 'decline' ? 'danger-button' : 'primary-button'} ${busy ? 'is-busy' : ''}`}
        disabled={busy !== null || undefined}
        onClick={() => void (step === 'decline' ? run('visits.decline', '已婉拒') : run('visits.note', '已添加备注'))}
      >
        {step === 'decline' ? '确认婉拒' : '保存备注'}
      </Button>
    </View>
  );
}

/** The host's view of a visit (internal): confirm, decline with a reason, completed / no-show, notes. */
export default function StaffVisitPage() {
  const page = useVisitEntry(useRouter().params.id ?? '');
  const change = useHostChange(page.visit);
  return (
    <View className="page staff-visit">
      <VisitEntryView page={page} emptyText="预约不存在或不属于您所在的接待组">
        {(visit) => (
          <>
            <Section title="预约信息">
              <VisitSummary visit={visit} />
              <Text className="muted staff-visit__host">
                接待人：{visit.host ? `${visit.host.name}（${visit.host.title}）` : '待分派'}
              </Text>
            </Section>
            <Section title="处理">
              <Actions visit={visit} busy={change.busy} onRun={change.run} onStep={change.setStep} step={change.step} />
              {change.step && <StepForm change={change} step={change.step} />}
              {change.error && <Text className="staff-visit__error">{change.error}</Text>}
            </Section>
            <LeadSection visit={visit} />
            <TimelineSection title="进度（含内部记录）" timeline={page.timeline} />
          </>
        )}
      </VisitEntryView>
    </View>
  );
}

function Actions(props: {
  visit: VisitView;
  busy: VisitChangeAction | null;
  step: Step;
  onRun(action: VisitChangeAction, done: string): Promise<void>;
  onStep(step: Step): void;
}) {
  const { visit, busy, onRun, onStep } = props;
  const canConfirm = visit.status === 'pending' || visit.status === 'rescheduled';
  const isConfirmed = visit.status === 'confirmed';
  const isOpen = canConfirm || isConfirmed;
  return (
    <View className="staff-visit__actions">
      {canConfirm && (
        <Button
          className={`primary-button ${busy ? 'is-busy' : ''}`}
          disabled={busy !== null || undefined}
          onClick={() => void onRun('visits.confirm', '已确认')}
        >
          确认接待
        </Button>
      )}
      {isConfirmed && (
        <>
          <Button
            className={`primary-button ${busy ? 'is-busy' : ''}`}
            disabled={busy !== null || undefined}
            onClick={() => void onRun('visits.complete', '已完成')}
          >
            标记已完成
          </Button>
          <Button
            className="secondary-button"
            disabled={busy !== null || undefined}
            onClick={() => void onRun('visits.noShow', '已标记')}
          >
            标记未到访
          </Button>
        </>
      )}
      {isOpen && (
        <Button className="danger-button" onClick={() => onStep(props.step === 'decline' ? null : 'decline')}>
          婉拒
        </Button>
      )}
      <Button className="secondary-button" onClick={() => onStep(props.step === 'note' ? null : 'note')}>
        添加备注
      </Button>
    </View>
  );
}
