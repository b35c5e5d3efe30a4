// Files of core/ that may name collections outside their feature's repository, each with its reason
// (eslint-rules/repo-owns-collections.mjs). A folder ends with '/'.
/** Still to move: each such file names collections outside a repository, or another feature's collections. */
const PENDING = 'store calls not yet moved into the owning repository (issue 9, item 1b); move them and drop this line';

export const collectionExemptions = {
  'core/kernel/store/doc-store-contract.ts':
    'the DocStore contract suite exercises every adapter on real collection names; it is the store, not a feature',
  'core/admin/handlers/admin-invite-handlers.ts': PENDING,
  'core/admin/handlers/admin-staff-handlers.ts': PENDING,
  'core/admin/handlers/handover-handler.ts': PENDING,
  'core/admin/handlers/offboard-handler.ts': PENDING,
};
