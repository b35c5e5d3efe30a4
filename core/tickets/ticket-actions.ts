import * as v from 'valibot';
import type { Project } from '@core/projects';
import { RATING_LEVELS } from './rating';
import { PUBLIC, type Role } from '@core/kernel/roles';
import type { ServiceCategory, ServiceTargets } from './service-category';
import type { TicketCard, TicketView } from './ticket-view';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import { idField, pagingFields, timelineCursorField, type PageOf } from '@core/kernel/paging';
import { requiredTextField, tooShortMessage } from '@core/kernel/validation/common-fields';
import {
  attachmentsField,
  createTicketInput,
  fileIdField,
  materialsField,
  TICKET_INBOX_TABS,
  ticketIdField,
  ticketReasonField,
  ticketTextField,
  type TicketInboxTab,
} from './ticket-fields';
import type { TeamRef } from '@core/visits';

export type { TicketCard, TicketView, TicketTimelineLine } from './ticket-view';
import type { TicketTimelineLine } from './ticket-view';
export type { TicketActor, TicketChange } from './ticket-transitions';

export interface AttachmentLink {
  url: string;
  /** UTC ms after which the link no longer reads the file. */
  expiresAt: number;
}

/** What an enterprise is shown: the category with the targets in force now. */
export type ServiceCategoryView = Omit<ServiceCategory, 'version' | 'deskTeamId' | 'isActive' | 'rules'> & {
  targets: ServiceTargets;
};
export type ProjectRef = Pick<Project, 'id' | 'name' | 'enterpriseName' | 'parkId' | 'stage'>;

/** A colleague a ticket can be handed to; someone on leave is shown with who covers them. */
export interface ColleagueRef {
  userId: string;
  name: string;
  title: string;
  isOnLeave: boolean;
}

export interface TicketInbox extends PageOf<TicketCard> {
  tab: TicketInboxTab;
  counts: Record<TicketInboxTab, number>;
  /** The caller's teams, for the 团队 tab's picker; `teamId` is the one listed there. */
  teams: TeamRef[];
  teamId: string | null;
}

/** Enterprises file tickets; an investor scouting a site may ask too (e.g. 项目备案 before signing). */
const FILERS: readonly Role[] = ['enterprise', 'investor'];
/** Someone the zone does not know yet becomes an enterprise by filing; until then their lists are empty. */
const MAY_FILE: readonly Role[] = ['visitor', ...FILERS];
const STAFF: readonly Role[] = ['staff', 'leader'];
const EVERYONE_INVOLVED: readonly Role[] = [...FILERS, ...STAFF];
/** The office (admin) reads any ticket (督办, the dashboard's overdue list) but changes none. */
const MAY_READ: readonly Role[] = [...EVERYONE_INVOLVED, 'admin'];
/** The 工作台: staff and leaders, and the office overseeing every team's open work. */
const INBOX: readonly Role[] = [...STAFF, 'admin'];

const byId = v.strictObject({ ticketId: ticketIdField });
const withText = v.strictObject({ ticketId: ticketIdField, text: ticketTextField });
const withReason = v.strictObject({ ticketId: ticketIdField, reason: ticketReasonField });

export const ticketActions = {
  /** The service catalog with its material lists: public, so an enterprise can prepare before asking. */
  'tickets.catalog': defineAction<PageOf<ServiceCategoryView>>()({
    input: v.strictObject({ ...pagingFields }),
    audience: PUBLIC,
  }),
  /** The caller's own projects, for the form's project picker. */
  'tickets.myProjects': defineAction<PageOf<ProjectRef>>()({
    input: v.strictObject({ ...pagingFields }),
    audience: MAY_FILE,
  }),
  'tickets.create': defineAction<TicketView>()({ input: createTicketInput, audience: MAY_FILE, isMutation: true }),
  'tickets.mine': defineAction<PageOf<TicketCard>>()({
    input: v.strictObject({ ...pagingFields }),
    audience: MAY_FILE,
  }),
  'tickets.get': defineAction<TicketView>()({ input: byId, audience: MAY_READ }),
  /** 加载更早的记录: the timeline page before the cursor a view or an earlier page gave. */
  'tickets.timeline': defineAction<PageOf<TicketTimelineLine>>()({
    input: v.strictObject({ ticketId: ticketIdField, cursor: timelineCursorField }),
    audience: MAY_READ,
  }),
  /** A short-lived link to one attachment the caller may see on this ticket (the only way to read it). */
  'tickets.attachmentLink': defineAction<AttachmentLink>()({
    input: v.strictObject({ ticketId: ticketIdField, fileId: fileIdField }),
    audience: EVERYONE_INVOLVED,
  }),
  'tickets.cancel': defineAction<TicketView>()({ input: withReason, audience: FILERS, isMutation: true }),
  /** Materials or information the staff asked for: back to 办理中. */
  'tickets.supplement': defineAction<TicketView>()({
    input: v.pipe(
      v.strictObject({
        ticketId: ticketIdField,
        text: v.optional(v.pipe(v.string('应为文本'), v.trim(), v.maxLength(1000, '说明不超过1000个字')), ''),
        attachments: attachmentsField,
      }),
      v.forward(
        v.check((i) => i.text.length > 0 || i.attachments.length > 0, '请填写说明或上传材料'),
        ['text'],
      ),
    ),
    audience: FILERS,
    isMutation: true,
  }),
  'tickets.reopen': defineAction<TicketView>()({ input: withReason, audience: FILERS, isMutation: true }),
  /** 确认办结 with the enterprise's 好差评 (five levels, 5 best) and an optional comment. */
  'tickets.close': defineAction<TicketView>()({
    input: v.strictObject({
      ticketId: ticketIdField,
      rating: v.picklist(RATING_LEVELS, '请选择评价（1–5）'),
      comment: v.optional(v.pipe(v.string('应为文本'), v.trim(), v.maxLength(500, '评价不超过500个字')), ''),
    }),
    audience: FILERS,
    isMutation: true,
  }),

  'tickets.inbox': defineAction<TicketInbox>()({
    input: v.strictObject({
      tab: v.optional(v.picklist(TICKET_INBOX_TABS, '未知的列表'), 'mine'),
      teamId: v.optional(idField),
      ...pagingFields,
    }),
    audience: INBOX,
  }),
  /** People of the ticket's teams, for the transfer and reassign pickers. */
  'tickets.colleagues': defineAction<PageOf<ColleagueRef>>()({
    input: v.strictObject({ ticketId: ticketIdField, ...pagingFields }),
    audience: STAFF,
  }),
  'tickets.accept': defineAction<TicketView>()({ input: byId, audience: STAFF, isMutation: true }),
  /** To a named colleague, or re-routed to someone else when no colleague is named. */
  'tickets.transfer': defineAction<TicketView>()({
    input: v.strictObject({ ticketId: ticketIdField, reason: ticketReasonField, toUserId: v.optional(idField) }),
    audience: STAFF,
    isMutation: true,
  }),
  'tickets.reassign': defineAction<TicketView>()({
    input: v.strictObject({ ticketId: ticketIdField, reason: ticketReasonField, toUserId: idField }),
    audience: STAFF,
    isMutation: true,
  }),
  'tickets.requestMaterials': defineAction<TicketView>()({
    input: v.strictObject({
      ticketId: ticketIdField,
      materials: materialsField,
      text: v.optional(v.pipe(v.string('应为文本'), v.trim(), v.maxLength(500, '说明不超过500个字')), ''),
    }),
    audience: STAFF,
    isMutation: true,
  }),
  'tickets.note': defineAction<TicketView>()({ input: withText, audience: STAFF, isMutation: true }),
  'tickets.reply': defineAction<TicketView>()({ input: withText, audience: STAFF, isMutation: true }),
  'tickets.resolve': defineAction<TicketView>()({
    input: v.strictObject({
      ticketId: ticketIdField,
      summary: requiredTextField('办理结果', 5, 1000, tooShortMessage('办理结果', 5)),
    }),
    audience: STAFF,
    isMutation: true,
  }),
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type TicketHandler<A extends keyof typeof ticketActions> = HandlerOf<(typeof ticketActions)[A]>;
