// Files of core/ that may name collections outside their feature's repository, each with its reason
// (eslint-rules/repo-owns-collections.mjs). A folder ends with '/'.

export const collectionExemptions = {
  'core/kernel/store/doc-store-contract.ts':
    'the DocStore contract suite exercises every adapter on real collection names; it is the store, not a feature',
  'core/dashboard/dashboard-repo.ts':
    "reads other features' collections their repositories do not offer yet (wt12s); remove when they do",
  'core/projects/': 'being rewritten under the rule by the dashboard/projects developers; remove when merged',
  'core/admin/repo/led-projects.ts':
    'counts the projects a person leads for offboarding; core/projects has no such repository function yet and is being rewritten (wt11x): move it there as projectRepo(store).countLedBy and drop this line',
  'core/app/seed/project-seed-repo.ts':
    "seeds the projects feature's collections; core/projects has no seed repository yet and is being rewritten (wt11x): move these functions there and drop this line",
  'core/visits/route-visit.ts':
    "reads the booker's project from 'projects'; core/projects imports @core/visits, so this waits for a projects repository function below visits (projects developer)",
};
