export * from './doc-store';
export * from './cursor';
export * from './collections';
export * from './check-query';
