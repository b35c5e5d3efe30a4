/** The sla feature's public face: other features and the app import it from here only. */
export * from './escalate-tickets';
export * from './supervision-actions';
