import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { FileRef } from '@core/tickets/ticket';
import { AttachmentPicker } from '../../components/attachment-picker';
import { Section } from '../../components/section';
import { StateView } from '../../components/state-view';
import { AttachmentList, TicketFacts, TicketStatusTag, TicketTimeline } from '../../components/ticket-parts';
import { useTicketAction } from '../../hooks/use-ticket-action';
import { useEarlierTimeline } from '../../hooks/use-earlier-timeline';
import { TimelineEarlier } from '../../components/timeline-earlier';
import { openAttachment } from '../../services/open-attachment';
import { call } from '../../services/transport';
import { ticketStores, useTicketDetails } from '../../stores/ticket-stores';
import { SlaPanel } from '../../components/ticket-parts/sla-badge';
import { ConfirmSection } from './components/confirm-section';
import '../ticket-new/index.scss';
import './index.scss';

/**
 * 服务详情 (enterprise): status and deadlines, who owns it, the public timeline; supplement when asked,
 * cancel before acceptance, confirm and rate (or send back) once resolved.
 */
export default function TicketDetailPage() {
  const id = useRouter().params.id ?? '';
  const details = useTicketDetails();
  const entry = details.byId[id];
  const ticket = entry?.data ?? null;
  const action = useTicketAction(id);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<FileRef[]>([]);
  const [reason, setReason] = useState('');
  const timeline = useEarlierTimeline(ticket, (cursor) => call('tickets.timeline', { ticketId: id, cursor }));

  useEffect(() => {
    if (id) void ticketStores.details.getState().load(id);
  }, [id]);
  usePullDownRefresh(
    () =>
      void ticketStores.details
        .getState()
        .load(id)
        .finally(() => Taro.stopPullDownRefresh()),
  );

  const open = async (file: FileRef) => {
    const problem = await openAttachment(file, id);
    if (problem) void Taro.showToast({ title: problem, icon: 'none' });
  };
  const supplement = async () => {
    const ok = await action.run(
      'supplement',
      (requestId) => call('tickets.supplement', { ticketId: id, text: note, attachments: files }, { requestId }),
      '已提交补充材料',
    );
    if (ok) {
      setNote('');
      setFiles([]);
    }
  };
  const cancel = () =>
    void action.run(
      'cancel',
      (requestId) => call('tickets.cancel', { ticketId: id, reason }, { requestId }),
      '已取消申请',
    );

  return (
    <View className="page ticket-detail">
      <StateView
        status={entry?.status ?? 'loading'}
        error={entry?.error ?? null}
        isEmpty={!ticket}
        emptyText="申请不存在"
        onRetry={() => void details.load(id)}
      >
        {ticket && (
          <>
            <View className="ticket-detail__hero">
              <Text className="ticket-detail__title">{ticket.categoryName}</Text>
              <TicketStatusTag status={ticket.status} />
            </View>
            <SlaPanel sla={ticket.sla} escalation={ticket.escalation} />
            {ticket.resolutionSummary && ticket.status !== 'in_progress' && (
              <Section title="办理结果">
                <Text className="ticket-detail__summary">{ticket.resolutionSummary}</Text>
              </Section>
            )}
            {ticket.can.close && <ConfirmSection ticketId={id} action={action} />}
            {ticket.can.supplement && (
              <Section title="请补充材料">
                {ticket.requestedMaterials.map((m, i) => (
                  <Text key={m} className="ticket-detail__ask">
                    {i + 1}. {m}
                  </Text>
                ))}
                <Textarea
                  className="form__textarea"
                  value={note}
                  maxlength={1000}
                  placeholder="补充说明（可选）"
                  onInput={(e) => setNote(e.detail.value)}
                />
                <AttachmentPicker
                  files={files}
                  onAdd={(f) => setFiles((prev) => [...prev, f])}
                  onRemove={(fileId) => setFiles((prev) => prev.filter((f) => f.fileId !== fileId))}
                  error={action.fieldError?.message}
                />
                <Button
                  className="form__submit"
                  loading={action.busy === 'supplement'}
                  onClick={() => void supplement()}
                >
                  提交补充材料
                </Button>
              </Section>
            )}
            <Section title="申请信息">
              <TicketFacts ticket={ticket} />
              <AttachmentList files={ticket.attachments} onOpen={(f) => void open(f)} />
            </Section>
            <Section title="办理进度">
              <TicketTimeline lines={timeline.lines} onOpen={(f) => void open(f)} />
              <TimelineEarlier timeline={timeline} />
            </Section>
            {ticket.can.cancel && (
              <Section title="取消申请">
                <Textarea
                  className="form__textarea"
                  value={reason}
                  maxlength={200}
                  placeholder="请填写取消原因（受理前可取消）"
                  onInput={(e) => setReason(e.detail.value)}
                />
                {action.fieldError?.field === 'reason' && (
                  <Text className="field-error">{action.fieldError.message}</Text>
                )}
                <Button className="ticket-detail__cancel" loading={action.busy === 'cancel'} onClick={cancel}>
                  取消申请
                </Button>
              </Section>
            )}
          </>
        )}
      </StateView>
    </View>
  );
}
