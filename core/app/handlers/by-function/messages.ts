import * as messages from '@core/messages/handlers/message-handlers';
import * as subscribe from '@core/messages/handlers/subscribe-handlers';
import { messageActions } from '@core/messages/message-actions';
import { actionsOf } from '../../contract/function-actions';
import type { FunctionHandlers } from '../handler-map';

/** The `messages` cloud function's handlers, and only those: its bundle carries nothing else. */
export const MESSAGES_HANDLERS: FunctionHandlers<'messages'> = {
  'messages.list': messages.list,
  'messages.unreadCount': messages.unreadCount,
  'messages.markRead': messages.markRead,
  'messages.subscribeTemplates': subscribe.subscribeTemplates,
  'messages.subscribed': subscribe.subscribed,
};

/** The `messages` cloud function's action definitions (what dispatch validates and authorises by). */
export const MESSAGES_ACTIONS = actionsOf('messages', messageActions);
