/** The scheduler tick's jobs, in the order one tick runs them: what a test of a whole tick expects to see done. */
export const TICK_JOB_NAMES = [
  'visitReminders',
  'slaEscalations',
  'autoConfirm',
  'publishEvaluations',
  'subscribeOutbox',
  'purgeRequests',
  'dashboardRollup',
];

/** A tick over a store with nothing due: each job done, none with anything to do. */
export const IDLE_TICK_DONE = TICK_JOB_NAMES.map((name) => ({ name, count: 0 }));
