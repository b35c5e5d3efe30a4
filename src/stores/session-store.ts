import { useStore } from 'zustand';
import type { WhoAmI } from '@core/app/contract';
import { call, type Transport } from '../services/transport';
import { createResourceStore } from './create-resource-store';

/** Who the app is acting as; reloaded after the 体验身份 switch. */
export const makeSessionStore = (transport: Transport) =>
  createResourceStore<WhoAmI>(() => transport('account.whoami', {}));

export const sessionStore = makeSessionStore(call);
export const useSession = () => useStore(sessionStore);
