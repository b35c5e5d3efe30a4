/** The notify feature's public face: other features and the app import it from here only. */
export * from './deliver-outbox';
export * from './queue-subscribe-message';
export * from './subscribe';
export { remainingSendsOf, subscriptionWrites } from './notify-repo';
