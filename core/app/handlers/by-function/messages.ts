import * as messages from '@core/messages/handlers/message-handlers';
import * as subscribe from '@core/messages/handlers/subscribe-handlers';
import type { FunctionHandlers } from '../handler-map';

/** The `messages` cloud function's handlers, and only those: its bundle carries nothing else. */
export const MESSAGES_HANDLERS: FunctionHandlers<'messages'> = {
  'messages.list': messages.list,
  'messages.unreadCount': messages.unreadCount,
  'messages.markRead': messages.markRead,
  'messages.subscribeTemplates': subscribe.subscribeTemplates,
  'messages.subscribed': subscribe.subscribed,
};
