import type { ActionName } from '../contract/actions';

import { AppError, type Envelope } from '@core/kernel/errors';
import { toFollowUpView } from '@core/sla/handlers/follow-up-handlers';
import { remainingSendsOf } from '@core/notify';
import { ticketRepo } from '@core/tickets';
import type { HandlerContext } from '@core/kernel/deps';
import type { Handler, HandlerMap } from '../handlers/handler-map';
import type { Reanswer, TouchedDoc } from './idempotency';

const idIn = (touched: readonly TouchedDoc[], collection: string): string | null =>
  touched.find((t) => t.collection === collection)?.id ?? null;

const field = (input: unknown, name: string): string | null => {
  const value = (input as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' ? value : null;
};

const asEnvelope = async (read: () => Promise<unknown>): Promise<Envelope<unknown>> => {
  try {
    return { ok: true, data: await read() };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toWire() };
    throw e;
  }
};

/**
 * The answer to a mutation whose change committed but whose answer was lost with the process: the
 * same view the action answers with, read now for the same caller. Nothing is written again.
 */
/** A function mounts only its own handlers; a re-answer reads with the view action of the same function. */
const handlerOf = <A extends ActionName>(handlers: Partial<HandlerMap>, name: A): Handler<A> => {
  const handler = handlers[name] as Handler<A> | undefined;
  if (!handler) throw new AppError('NOT_FOUND', '未知的操作');
  return handler;
};

export const answerAfterCommit =
  (action: ActionName, input: unknown, handlers: Partial<HandlerMap>, ctx: HandlerContext): Reanswer =>
  async (touched, store) => {
    const read = { ...ctx, deps: { ...ctx.deps, store } };
    if (action === 'messages.markRead') {
      // Marking read is idempotent by nature: running it again changes nothing already marked.
      return asEnvelope(() => handlerOf(handlers, 'messages.markRead')(input as never, read));
    }
    if (action === 'messages.subscribed') {
      const userId = ctx.caller.user?.id ?? '';
      return asEnvelope(async () => ({
        remaining: await remainingSendsOf(store, userId),
      }));
    }
    if (action === 'tickets.recordFollowUp' || action === 'tickets.closeFollowUp') {
      const id = field(input, 'followUpId') ?? '';
      return asEnvelope(async () => {
        const followUp = await ticketRepo(store).followUp(id);
        if (!followUp) throw new AppError('NOT_FOUND', '记录不存在');
        return toFollowUpView(followUp);
      });
    }
    if (action.startsWith('visits.')) {
      const visitId = field(input, 'visitId') ?? idIn(touched, 'visits') ?? '';
      return asEnvelope(() => handlerOf(handlers, 'visits.get')({ visitId }, read));
    }
    const ticketId = field(input, 'ticketId') ?? idIn(touched, 'tickets') ?? '';
    return asEnvelope(() => handlerOf(handlers, 'tickets.get')({ ticketId }, read));
  };
