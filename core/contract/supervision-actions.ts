import * as v from 'valibot';
import type { Role } from '../domain/roles';
import { SUPERVISION_LEVELS, type AssessmentEntry, type SupervisionItem } from '../domain/supervision';
import { defineAction } from './define-action';
import { idField, pagingFields, type PageOf } from './paging';

export type SupervisionItemView = Omit<SupervisionItem, 'version'>;
export type AssessmentEntryView = Omit<AssessmentEntry, 'version'>;

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
};
