// Files of core/ that may name collections outside their feature's repository, each with its reason
// (eslint-rules/repo-owns-collections.mjs). A folder ends with '/'.

export const collectionExemptions = {
  'core/kernel/store/doc-store-contract.ts':
    'the DocStore contract suite exercises every adapter on real collection names; it is the store, not a feature',
  'core/admin/repo/led-projects.ts':
    'counts the projects a person leads for offboarding; core/projects has no such repository function yet (wt11x): move it there as projectRepo(store).countLedBy and drop this line',
  'core/app/seed/project-seed-repo.ts':
    "seeds the projects feature's collections; core/projects has no seed repository yet (wt11x): move these functions there and drop this line",
};
