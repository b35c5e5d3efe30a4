/** The evaluation feature's public face (现场评议): other features and the app import it from here only. */
export * from './evaluation';
export * from './evaluation-actions';
export * from './evaluation-rules';
export * from './publish-due-rounds';
export { scoresOfRound } from './evaluation-repo';
