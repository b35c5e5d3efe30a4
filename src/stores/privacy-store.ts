import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type PrivacyAnswer = { event: 'agree'; buttonId: string } | { event: 'disagree' };
type Resolve = (answer: PrivacyAnswer) => void;

interface PrivacyState {
  /** Set while WeChat holds a privacy API (image picker, location…) waiting for the user's answer. */
  pending: Resolve | null;
  ask(resolve: Resolve): void;
  answer(answer: PrivacyAnswer): void;
}

/**
 * WeChat's privacy flow (base library ≥ 2.32.3): a privacy API pauses and asks us to show our own
 * dialog; the API continues only after resolve({ event: 'agree', buttonId }) from a real tap on an
 * agreePrivacyAuthorization button, and fails after 'disagree'.
 */
export const privacyStore = createStore<PrivacyState>()((set, get) => ({
  pending: null,
  ask: (resolve) => {
    // A second request while one is open: the first is declined so it never hangs.
    get().pending?.({ event: 'disagree' });
    set({ pending: resolve });
  },
  answer: (answer) => {
    get().pending?.(answer);
    set({ pending: null });
  },
}));

export const usePrivacy = () => useStore(privacyStore);
