import * as v from 'valibot';
import { PUBLIC, type Role } from '@core/kernel/roles';
import { SUBSCRIBE_TEMPLATE_KEYS, type SubscribeTemplateKey } from '@core/settings';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import { idField, pagingFields, type PageOf } from '@core/kernel/paging';

export interface MessageView {
  id: string;
  title: string;
  body: string;
  page: string | null;
  createdAt: number;
  isRead: boolean;
}

/** Most messages marked in one call; "all" works through the unread ones page by page. */
export const MAX_MARK_READ = 100;

/** Everyone with an identity has a message centre; a visitor's is empty until they act. */
const SIGNED_IN: readonly Role[] = ['visitor', 'investor', 'enterprise', 'staff', 'leader', 'admin'];

export interface SubscribeTemplateView {
  key: SubscribeTemplateKey;
  /** The console's template id, for wx.requestSubscribeMessage. */
  id: string;
  title: string;
}

export const messageActions = {
  /** The WeChat templates the zone has set up; empty until it has (then nothing is asked). */
  'messages.subscribeTemplates': defineAction<{ templates: SubscribeTemplateView[] }>()({
    input: v.strictObject({}),
    audience: PUBLIC,
  }),
  /** Records the templates the person just allowed (one send each). Called after the tap-prompt. */
  'messages.subscribed': defineAction<{ remaining: Partial<Record<SubscribeTemplateKey, number>> }>()({
    input: v.strictObject({
      accepted: v.pipe(
        v.array(v.picklist(SUBSCRIBE_TEMPLATE_KEYS, '未知的消息模板'), '应为列表'),
        v.minLength(1, '请选择消息模板'),
        v.maxLength(5, '一次最多5个模板'),
      ),
    }),
    audience: SIGNED_IN,
    isMutation: true,
  }),
  'messages.list': defineAction<PageOf<MessageView>>()({
    input: v.strictObject({ ...pagingFields }),
    audience: SIGNED_IN,
  }),
  'messages.unreadCount': defineAction<{ count: number }>()({ input: v.strictObject({}), audience: SIGNED_IN }),
  'messages.markRead': defineAction<{ marked: number; remaining: number }>()({
    input: v.pipe(
      v.strictObject({
        ids: v.optional(
          v.pipe(
            v.array(idField, '应为列表'),
            v.minLength(1, '请选择消息'),
            v.maxLength(MAX_MARK_READ, `一次最多${MAX_MARK_READ}条`),
          ),
        ),
        all: v.optional(v.literal(true, '应为是')),
      }),
      v.forward(
        v.check(
          (input) => (input.ids === undefined) !== (input.all === undefined),
          '请选择要标记的消息，或选择全部已读',
        ),
        ['ids'],
      ),
    ),
    audience: SIGNED_IN,
    isMutation: true,
  }),
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type MessageHandler<A extends keyof typeof messageActions> = HandlerOf<(typeof messageActions)[A]>;
