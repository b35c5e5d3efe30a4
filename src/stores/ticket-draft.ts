import type { ActionInput } from '@core/app/contract';
import * as v from 'valibot';
// The action's own schema, not the action table: keeps the other actions' schemas out of the main package.
import { createTicketInput, fileRefField } from '@core/tickets/ticket-fields';
import { HALF_DAYS, type HalfDay } from '@core/visits/visit';
import type { FileRef } from '@core/tickets/ticket';
import { parseInput } from '@core/kernel/validation/parse-input';
import { reviveWith, type DraftFieldSchemas } from './create-draft-form';

/** The 发起申请 form as typed; kept in storage so it survives leaving the app. */
export interface TicketDraft {
  categoryId: string;
  projectId: string | null;
  enterpriseName: string;
  creditCode: string;
  creditCodeManualReview: boolean;
  contactName: string;
  contactPhone: string;
  description: string;
  onSiteDate: string | null;
  onSiteHalfDay: HalfDay | null;
  attachments: FileRef[];
  privacyConsent: boolean;
  /** One per draft: a double tap or a retry after a timeout files once. */
  requestId: string;
}

export type TicketDraftField = Exclude<keyof TicketDraft, 'requestId'>;
export type TicketDraftErrors = Partial<Record<TicketDraftField, string>>;

/** The fields in the order the form shows them: a failed submit brings the first with an error into view. */
export const TICKET_FIELD_ORDER: readonly TicketDraftField[] = [
  'categoryId',
  'projectId',
  'enterpriseName',
  'creditCode',
  'contactName',
  'contactPhone',
  'description',
  'onSiteDate',
  'attachments',
  'privacyConsent',
];

export const emptyTicketDraft = (requestId: string): TicketDraft => ({
  categoryId: '',
  projectId: null,
  enterpriseName: '',
  creditCode: '',
  creditCodeManualReview: false,
  contactName: '',
  contactPhone: '',
  description: '',
  onSiteDate: null,
  onSiteHalfDay: null,
  attachments: [],
  privacyConsent: false,
  requestId,
});

export const toCreateInput = (d: TicketDraft, isOnSite: boolean): Record<string, unknown> => ({
  categoryId: d.categoryId,
  projectId: d.projectId,
  enterpriseName: d.enterpriseName,
  creditCode: d.creditCode,
  creditCodeManualReview: d.creditCodeManualReview,
  contactName: d.contactName,
  contactPhone: d.contactPhone,
  description: d.description,
  preferredOnSite:
    isOnSite && d.onSiteDate && d.onSiteHalfDay ? { date: d.onSiteDate, halfDay: d.onSiteHalfDay } : null,
  attachments: d.attachments,
  privacyConsent: d.privacyConsent,
});

/** Maps a problem's dotted path to the field it is shown next to. */
export const ticketFieldOf = (path: string): TicketDraftField | null => {
  const [head] = path.split('.');
  if (head === 'preferredOnSite') return 'onSiteDate';
  return head && head in emptyTicketDraft('') && head !== 'requestId' ? (head as TicketDraftField) : null;
};

export type TicketDraftCheck =
  { ok: true; input: ActionInput<'tickets.create'> } | { ok: false; errors: TicketDraftErrors };

/** Every problem next to its field, with the server's own schema; or the input to send. */
export const checkTicketDraft = (d: TicketDraft, isOnSite: boolean): TicketDraftCheck => {
  const parsed = parseInput(createTicketInput, toCreateInput(d, isOnSite));
  const errors: TicketDraftErrors = {};
  if (!parsed.ok) {
    for (const problem of parsed.problems) {
      const field = ticketFieldOf(problem.field);
      if (field && !errors[field]) errors[field] = problem.message;
    }
  }
  if (isOnSite && !(d.onSiteDate && d.onSiteHalfDay)) errors.onSiteDate ??= '请选择希望上门的日期和时段';
  if (parsed.ok && Object.keys(errors).length === 0) return { ok: true, input: parsed.value };
  return { ok: false, errors };
};

const text = v.string();

/** What each stored field must be to be kept when the draft is revived. */
const TICKET_DRAFT_FIELDS: DraftFieldSchemas<TicketDraft> = {
  categoryId: text,
  projectId: v.nullable(v.string()),
  enterpriseName: text,
  creditCode: text,
  creditCodeManualReview: v.boolean(),
  contactName: text,
  contactPhone: text,
  description: text,
  onSiteDate: v.nullable(v.string()),
  onSiteHalfDay: v.nullable(v.picklist(HALF_DAYS)),
  attachments: v.array(fileRefField),
  privacyConsent: v.boolean(),
};

/** A stored draft from an older app version: keep what still fits, default the rest field by field. */
export const reviveTicketDraft = reviveWith(TICKET_DRAFT_FIELDS, emptyTicketDraft);
