import * as v from 'valibot';
import { FOLLOW_UP_STATUSES, type FollowUp } from '@core/tickets';
import type { Role } from '@core/kernel/roles';
import { SUPERVISION_LEVELS, type AssessmentEntry, type SupervisionItem } from '@core/tickets';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import { nameField } from '@core/kernel/validation/name-field';
import { idField, pagingFields, type PageOf } from '@core/kernel/paging';

export type SupervisionItemView = Omit<SupervisionItem, 'version'>;
export type AssessmentEntryView = Omit<AssessmentEntry, 'version'>;
/** Per kind of 整改 (a union, so each keeps its own fields). */
export type FollowUpView = FollowUp extends infer F ? (F extends FollowUp ? Omit<F, 'version'> : never) : never;

const followUpIdField = idField;
const textOf = (label: string, max: number) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(2, `请填写${label}`),
    v.maxLength(max, `${label}不超过${max}个字`),
  );

/** 督办 and the assessment ledger are for leaders and the office only, never for the staff assessed. */
const OVERSIGHT: readonly Role[] = ['leader', 'admin'];

/** Under tickets.* so they are served by the tickets function: no new cloud function for two reads. */
export const supervisionActions = {
  /** A leader's own 督办 items (level leader); the office's (level office) for admins; newest first. */
  'tickets.supervision': defineAction<PageOf<SupervisionItemView>>()({
    input: v.strictObject({
      level: v.optional(v.picklist(SUPERVISION_LEVELS, '未知的督办级别'), 'leader'),
      ...pagingFields,
    }),
    audience: OVERSIGHT,
  }),
  /** 内部考核: the whole ledger newest first, or one person's or team's lines. */
  'tickets.ledger': defineAction<PageOf<AssessmentEntryView>>()({
    input: v.strictObject({ subjectId: v.optional(idField), ...pagingFields }),
    audience: OVERSIGHT,
  }),
  /** 整改 follow-ups: a leader's own; every one for admins. */
  'tickets.followUps': defineAction<PageOf<FollowUpView>>()({
    input: v.strictObject({
      status: v.optional(v.picklist(FOLLOW_UP_STATUSES, '未知的状态'), 'open'),
      ...pagingFields,
    }),
    audience: OVERSIGHT,
  }),
  /** The 回访: whom the leader spoke to, when, and what was said. */
  'tickets.recordFollowUp': defineAction<FollowUpView>()({
    input: v.strictObject({
      followUpId: followUpIdField,
      who: nameField('回访对象', 2, 50),
      at: v.pipe(v.number('请选择回访时间'), v.integer('请选择回访时间'), v.minValue(0, '请选择回访时间')),
      said: textOf('回访内容', 1000),
    }),
    audience: OVERSIGHT,
    isMutation: true,
  }),
  /** Closes a 整改; refused until a follow-up contact is on record. */
  'tickets.closeFollowUp': defineAction<FollowUpView>()({
    input: v.strictObject({ followUpId: followUpIdField, summary: textOf('整改结果', 1000) }),
    audience: OVERSIGHT,
    isMutation: true,
  }),
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type SupervisionHandler<A extends keyof typeof supervisionActions> = HandlerOf<(typeof supervisionActions)[A]>;
