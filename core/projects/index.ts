/** The projects feature's public face: other features and the app import it from here only. */
export * from './project';
export * from './project-actions';
export * from './project-template';
export * from './plan-backwards';
export * from './screening';
export * from './nodes/node-status';
export * from './nodes/node-view';
export * from './nodes/project-plan';
export * from './nodes/stall-rule';
export * from './nodes/node-progress';
export { projectRepo, projectTeamIdOfOwner } from './project-repo';
export { planRepo } from './repo/plan-repo';
export { seedDemoProjects, seededDemoProjects, seedProjectTemplates, seedScreeningItems } from './project-seed-repo';
