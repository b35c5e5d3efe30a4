import type { ActionInput, ActionOutput } from '@core/app/contract';
import type { Envelope } from '@core/kernel/errors';
import { newRequestId } from '../services/request-id';
import { call, type Transport } from '../services/transport';
import { createRunChange } from './run-change';

/** The account subpackage's writes; only it imports this, so it stays out of the main package. */
export const makeAccountStores = (transport: Transport, requestIds: () => string = newRequestId) => {
  const runChange = createRunChange(transport, requestIds);
  return {
    /** Binds this WeChat identity to a pre-registered staff record (see runChange for the requestId). */
    bindInvite: (input: ActionInput<'account.bindInvite'>): Promise<Envelope<ActionOutput<'account.bindInvite'>>> =>
      runChange('account.bindInvite', input, { target: input.code }),
  };
};

export const accountStores = makeAccountStores(call);
