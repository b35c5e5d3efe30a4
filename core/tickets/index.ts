/** The tickets feature's public face: other features and the app import it from here only. */
export * from './assessment-ledger';
export * from './auto-confirm-tickets';
export * from './deadlines/sla-check-at';
export * from './deadlines/sla-clock';
export * from './deadlines/ticket-sla';
export * from './rating';
export * from './run-due-ticket-steps';
export * from './seed/service-catalog-seed';
export * from './service-category';
export * from './supervision';
export * from './ticket';
export * from './ticket-actions';
export * from './ticket-events';
export * from './ticket-fields';
export * from './ticket-index-fields';
export * from './ticket-repo';
export * from './upload';
