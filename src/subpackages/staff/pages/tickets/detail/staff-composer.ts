import type { TicketChange, TicketView } from '@core/app/contract';
import type { TicketChangeRequest } from '@/stores/ticket-stores';

/** What the staff composer can send; each maps to one action and says what its text means. */
export const COMPOSER_MODES = ['reply', 'requestMaterials', 'note', 'resolve', 'transfer', 'reassign'] as const;
export type ComposerMode = (typeof COMPOSER_MODES)[number];

export const COMPOSER: Record<ComposerMode, { label: string; placeholder: string; button: string; done: string }> = {
  reply: { label: '公开答复', placeholder: '企业可见的答复', button: '发送答复', done: '已答复' },
  requestMaterials: {
    label: '要求补充材料',
    placeholder: '每行一项需要补充的材料',
    button: '通知企业补充',
    done: '已通知企业补充材料',
  },
  note: { label: '内部备注', placeholder: '仅工作人员可见', button: '保存备注', done: '已保存备注' },
  resolve: { label: '办结', placeholder: '办理结果（企业可见，必填）', button: '确认办结', done: '已办结' },
  transfer: { label: '转办', placeholder: '转办原因（不指定同事时重新分派）', button: '确认转办', done: '已转办' },
  reassign: { label: '改派', placeholder: '改派原因', button: '确认改派', done: '已改派' },
};

/** Modes that hand the ticket to someone: they show the colleague picker. */
export const isHandOver = (mode: ComposerMode): boolean => mode === 'transfer' || mode === 'reassign';

const CHANGE_OF: Record<ComposerMode, TicketChange> = {
  reply: 'reply',
  requestMaterials: 'requestMaterials',
  note: 'note',
  resolve: 'resolve',
  transfer: 'transfer',
  reassign: 'reassign',
};

/** Only what the caller may do now: the server decides, through the ticket's `can`. */
export const availableModes = (ticket: TicketView): ComposerMode[] =>
  COMPOSER_MODES.filter((m) => ticket.can[CHANGE_OF[m]]);

/** Lines of the materials box, trimmed, without blanks. */
export const materialLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** What the composer sends in a mode: one change of the ticket, with the text in the field that mode uses. */
export const composerChange = (
  mode: ComposerMode,
  ticketId: string,
  text: string,
  toUserId: string | null,
): TicketChangeRequest => {
  if (mode === 'reply') return { action: 'tickets.reply', input: { ticketId, text } };
  if (mode === 'note') return { action: 'tickets.note', input: { ticketId, text } };
  if (mode === 'resolve') return { action: 'tickets.resolve', input: { ticketId, summary: text } };
  if (mode === 'transfer') {
    return { action: 'tickets.transfer', input: { ticketId, reason: text, ...(toUserId ? { toUserId } : {}) } };
  }
  if (mode === 'reassign')
    return { action: 'tickets.reassign', input: { ticketId, reason: text, toUserId: toUserId ?? '' } };
  return { action: 'tickets.requestMaterials', input: { ticketId, materials: materialLines(text) } };
};
