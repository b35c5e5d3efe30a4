import type { DocStore } from '@core/kernel/store/doc-store';

/** How many projects a person leads (offboarding waits until they are handed on). */
export const countProjectsLedBy = (store: DocStore, userId: string): Promise<number> =>
  store.count('projects', { leaderUserId: userId });
