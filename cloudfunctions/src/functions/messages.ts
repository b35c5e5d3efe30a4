import { MESSAGES_ACTIONS, MESSAGES_HANDLERS } from '@core/app/handlers/by-function/messages';
import { createFunctionMain } from '../function-main';

/** Cloud function `messages`: the in-app message centre (站内消息). */
export const main = createFunctionMain('messages', MESSAGES_ACTIONS, MESSAGES_HANDLERS);
