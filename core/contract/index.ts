export * from './actions';
export * from './define-action';
export * from './paging';
export * from './catalog-actions';
export * from './account-actions';
export * from './visit-actions';
export * from './message-actions';
export * from './visit-fields';
