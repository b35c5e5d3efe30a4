import * as v from 'valibot';
import type { WireError } from '@core/kernel/errors';
import { localDateField } from '@core/kernel/validation/common-fields';
import type { ScreeningAnswer, ScreeningFile, ScreeningItem } from '@core/projects/screening/screening';
import type { FileRef } from '@core/tickets/ticket';
import { conditionField } from '@core/projects/screening/screening-fields';

/** The screening form's draft: kept on the device per subject until it is sent. */
export interface ScreeningDraft {
  requestId: string;
  answers: Record<string, { answer: ScreeningAnswer | null; evidence: FileRef[] }>;
  conditions: { text: string; durationWd: string; beforeKey: string }[];
  investmentWan: string;
  note: string;
  /** The 评审会 part (提交评审会 only). */
  minutes: FileRef[];
  heldOn: string;
  decision: 'passed' | 'conditional' | 'rejected' | null;
}

export type ScreeningErrors = Record<string, string>;

export const emptyScreeningDraft = (requestId: string): ScreeningDraft => ({
  requestId,
  answers: {},
  conditions: [],
  investmentWan: '',
  note: '',
  minutes: [],
  heldOn: '',
  decision: null,
});

/** A stored draft from an older version or a hand edit: anything unexpected falls back to empty. */
export const reviveScreeningDraft = (stored: unknown, requestId: string): ScreeningDraft => {
  const empty = emptyScreeningDraft(requestId);
  if (typeof stored !== 'object' || stored === null) return empty;
  const s = stored as Partial<ScreeningDraft>;
  return {
    requestId: typeof s.requestId === 'string' && s.requestId ? s.requestId : requestId,
    answers: typeof s.answers === 'object' && s.answers !== null ? s.answers : {},
    conditions: Array.isArray(s.conditions) ? s.conditions : [],
    investmentWan: typeof s.investmentWan === 'string' ? s.investmentWan : '',
    note: typeof s.note === 'string' ? s.note : '',
    minutes: Array.isArray(s.minutes) ? s.minutes : [],
    heldOn: typeof s.heldOn === 'string' ? s.heldOn : '',
    decision: s.decision === 'passed' || s.decision === 'conditional' || s.decision === 'rejected' ? s.decision : null,
  };
};

/** What the action keeps of an uploaded file. */
const filesOf = (files: readonly FileRef[]): ScreeningFile[] => files.map((f) => ({ fileId: f.fileId, name: f.name }));

export const itemKey = (itemId: string): string => `item-${itemId}`;
export const conditionKey = (index: number): string => `condition-${index}`;

/** The conditions as the action takes them, with the schema's own message next to each bad one. */
const checkConditions = (draft: ScreeningDraft, errors: ScreeningErrors) =>
  draft.conditions.map((c, i) => {
    const parsed = v.safeParse(conditionField, { ...c, durationWd: c.durationWd === '' ? NaN : Number(c.durationWd) });
    if (!parsed.success) errors[conditionKey(i)] = parsed.issues[0].message;
    return parsed.success ? parsed.output : { text: c.text, durationWd: 0, beforeKey: c.beforeKey };
  });

const investmentOf = (text: string, errors: ScreeningErrors): number | null => {
  if (text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) errors.investmentWan = '计划投资（万元）应为不小于0的数字';
  return Number.isFinite(n) ? n : null;
};

/** Every problem of the checklist part next to its item, in the order the form shows them. */
export const checkScreeningDraft = (draft: ScreeningDraft, items: readonly ScreeningItem[]) => {
  const errors: ScreeningErrors = {};
  const answers = items.map((item) => {
    const a = draft.answers[item.id];
    if (!a?.answer) errors[itemKey(item.id)] = '请选择符合、不符合或待核实';
    else if (item.needsEvidence && a.answer === 'meets' && a.evidence.length === 0)
      errors[itemKey(item.id)] = '此项须上传佐证材料';
    return {
      itemId: item.id,
      itemVersion: item.version,
      answer: a?.answer ?? 'unverified',
      evidence: filesOf(a?.evidence ?? []),
    };
  });
  const conditions = checkConditions(draft, errors);
  const investmentWan = investmentOf(draft.investmentWan, errors);
  return { errors, input: { answers, conditions, investmentWan, note: draft.note || null } };
};

/** The 评审会 part: minutes uploaded, the day it met, its decision (conditions only with 有条件通过). */
export const checkDecisionDraft = (draft: ScreeningDraft) => {
  const errors: ScreeningErrors = {};
  if (draft.minutes.length === 0) errors.minutes = '请上传评审会纪要';
  if (!v.is(localDateField, draft.heldOn)) errors.heldOn = '请按 YYYY-MM-DD 填写评审会日期';
  if (!draft.decision) errors.decision = '请选择评审会结论';
  const conditions = draft.decision === 'conditional' ? checkConditions(draft, errors) : [];
  if (draft.decision === 'conditional' && conditions.length === 0) errors.conditions = '有条件通过须列出条件';
  return {
    errors,
    input: {
      minutes: filesOf(draft.minutes),
      heldOn: draft.heldOn,
      decision: draft.decision ?? 'passed',
      conditions,
      note: draft.note || null,
    },
  };
};

/** Where the server's problem goes: next to its item or condition, else next to the field, else the whole form. */
export const errorKeyOf = (error: WireError, items: readonly ScreeningItem[]): string => {
  const [head, index] = (error.field ?? '').split('.');
  if (head === 'answers' && index !== undefined) return itemKey(items[Number(index)]?.id ?? '') || 'form';
  if (head === 'conditions' && index !== undefined) return conditionKey(Number(index));
  return head && ['investmentWan', 'minutes', 'heldOn', 'decision', 'conditions'].includes(head) ? head : 'form';
};
