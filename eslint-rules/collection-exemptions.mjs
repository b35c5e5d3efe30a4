// Files of core/ that may name collections outside their feature's repository, each with its reason
// (eslint-rules/repo-owns-collections.mjs). A folder ends with '/'.
/** Still to move: each such file names collections outside a repository, or another feature's collections. */
const PENDING = 'store calls not yet moved into the owning repository (issue 9, item 1b); move them and drop this line';

export const collectionExemptions = {
  'core/kernel/store/doc-store-contract.ts':
    'the DocStore contract suite exercises every adapter on real collection names; it is the store, not a feature',
  'core/projects/': 'being rewritten under the rule by the dashboard/projects developers; remove when merged',
  'core/admin/handlers/admin-invite-handlers.ts': PENDING,
  'core/admin/handlers/admin-staff-handlers.ts': PENDING,
  'core/admin/handlers/handover-handler.ts': PENDING,
  'core/admin/handlers/offboard-handler.ts': PENDING,
  'core/visits/route-visit.ts':
    "reads the booker's project from 'projects'; core/projects imports @core/visits, so this waits for a projects repository function below visits (projects developer)",
};
