export * from './local-date';
export * from './official-days';
export * from './working-calendar';
export * from './working-time';
export * from './official-schedule-notice';
export * from './statutory-holidays';
