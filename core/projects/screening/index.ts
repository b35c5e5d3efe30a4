/** Green screening (四个坚决不上): re-exported by core/projects/index.ts. */
export * from './screening';
export * from './screening-actions';
export * from './screening-plan';
export { screeningRejections, type RejectionTotals } from './screening-repo';
export { SCREENING_ITEMS_SEED, SCREENING_SEED_NOTE } from './screening-seed';
