import path from 'node:path';

/**
 * core/ is declarations only (schemas, rules, handlers): importing a module runs nothing. Saying so
 * lets webpack drop whatever a feature's index.ts re-exports that the mini-program does not use, so
 * the client bundles the contract it needs and none of the server-side code beside it.
 */
export const markCoreSideEffectFree = (chain: {
  module: { rule: (name: string) => { test: (re: RegExp) => { set: (key: 'sideEffects', flag: boolean) => unknown } } };
}): void => {
  const core = path.resolve(__dirname, '..', 'core').replace(/[\\/]/g, '[\\\\/]');
  chain.module
    .rule('core-side-effect-free')
    .test(new RegExp(`^${core}[\\\\/]`))
    .set('sideEffects', false);
};
