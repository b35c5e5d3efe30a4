/** The routing feature's public face: other features and the app import it from here only. */
export * from './pick-assignee';
export * from './staff-candidate';
