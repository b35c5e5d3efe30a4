// Files of core/ that may name collections outside their feature's repository, each with its reason
// (eslint-rules/repo-owns-collections.mjs). A folder ends with '/'.

export const collectionExemptions = {
  'core/kernel/store/doc-store-contract.ts':
    'the DocStore contract suite exercises every adapter on real collection names; it is the store, not a feature',
};
