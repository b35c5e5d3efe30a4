import * as v from 'valibot';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import type { Role } from '@core/kernel/roles';
import type { Screening, ScreeningItem } from './screening';
import {
  screeningDecideFields,
  screeningItemFields,
  screeningSubjectField,
  screeningSubmitFields,
} from './screening-fields';

const MANAGERS: readonly Role[] = ['staff', 'leader', 'admin'];
const OFFICE: readonly Role[] = ['admin'];

/** What the screening form shows: the subject, its screening so far, and the checklist to answer. */
export interface ScreeningView {
  subject: { kind: 'lead' | 'project'; id: string; name: string };
  /** null until the checklist has been answered. */
  screening: Screening | null;
  /** The active items now, in order (the form answers these; a finished screening keeps its own copy). */
  items: ScreeningItem[];
  /** The plan nodes a condition may be due before (the default template's). */
  planNodes: { key: string; name: string }[];
  /** false when the caller brought the lead in or leads the project: someone else must screen it. */
  canScreen: boolean;
}

export const screeningActions = {
  'projects.screening.items': defineAction<ScreeningItem[]>()({
    input: v.strictObject({ includeInactive: v.optional(v.boolean('应为是或否'), false) }),
    audience: MANAGERS,
  }),
  /** The office edits the checklist; a finished screening keeps the copy it was answered against. */
  'projects.screening.saveItem': defineAction<ScreeningItem>()({
    input: v.strictObject(screeningItemFields),
    audience: OFFICE,
    isMutation: true,
    isAudited: true,
  }),
  'projects.screening.get': defineAction<ScreeningView>()({
    input: v.strictObject({ subject: screeningSubjectField }),
    audience: MANAGERS,
  }),
  /** The checklist answered: 不予引进, 提交评审会, 通过 or 有条件通过. */
  'projects.screening.submit': defineAction<ScreeningView>()({
    input: v.strictObject(screeningSubmitFields),
    audience: MANAGERS,
    isMutation: true,
  }),
  /** The 评审会's decision on a screening sent to it, with the minutes uploaded. */
  'projects.screening.decide': defineAction<ScreeningView>()({
    input: v.strictObject(screeningDecideFields),
    audience: MANAGERS,
    isMutation: true,
  }),
};

export type ScreeningHandler<A extends keyof typeof screeningActions> = HandlerOf<(typeof screeningActions)[A]>;
