import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import rule from './repo-owns-collections.mjs';

const root = path.resolve(__dirname, '..');
const at = (file: string) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, sourceType: 'module' } });
const options = [{ root, exemptions: { 'core/visits/legacy.ts': 'a written reason for the test' } }];

// Ownership is read from the real core/<feature>/collections.ts files.
tester.run('repo-owns-collections', rule, {
  valid: [
    { filename: at('core/visits/visit-repo.ts'), options, code: "export const f = (s) => s.get('visits', 'v1');" },
    {
      filename: at('core/visits/repo/slot-counters.ts'),
      options,
      code: "export const f = (tx) => tx.update('visit_slots', 'x', 1, { used: 2 });",
    },
    {
      filename: at('core/app/dispatch/dispatch-repo.ts'),
      options,
      code: "export const f = (s) => s.remove('requests', 'k');",
    },
    {
      filename: at('core/audit/audit-repo.ts'),
      options,
      code: "export const f = (tx) => tx.get<'settings', X>('settings', 'audit-head');",
    },
    { filename: at('core/visits/legacy.ts'), options, code: "export const f = (s) => s.get('visits', 'v1');" },
    { filename: at('core/visits/visit-rules.ts'), options, code: "export const f = (m) => m.get('morning');" },
    { filename: at('src/pages/x.ts'), options, code: "export const f = (s) => s.get('visits', 'v1');" },
  ],
  invalid: [
    {
      filename: at('core/visits/visit-slots.ts'),
      options,
      code: "export const f = async (tx) => { await tx.insert('visit_slots', { id: 'a' }); };",
      errors: [{ messageId: 'notRepo' }],
    },
    {
      filename: at('core/admin/handlers/offboard-handler.ts'),
      options,
      code: "export const f = (store) => store.count(`visits`, { hostUserId: 'u' });",
      errors: [{ messageId: 'notRepo' }],
    },
    {
      filename: at('core/admin/admin-repo.ts'),
      options,
      code: "export const f = (store) => store.find('staff', { limit: 1 });",
      errors: [{ messageId: 'notOwner', data: { collection: 'staff', owner: 'identity', feature: 'admin' } }],
    },
    {
      filename: at('core/visits/visit-repo.ts'),
      options,
      code: "export const f = (store) => store.get('settings', 'visits');",
      errors: [{ messageId: 'settingsNotOwner' }],
    },
    {
      filename: at('core/kernel/store/helper.ts'),
      options,
      code: "export const f = (store) => store.get('users', 'u');",
      errors: [{ messageId: 'notRepo' }],
    },
  ],
});
