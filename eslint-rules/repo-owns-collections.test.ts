import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import rule from './repo-owns-collections.mjs';

const root = path.resolve(__dirname, '..');
const at = (file: string) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, sourceType: 'module' } });
const options = [{ root, exemptions: { 'core/visits/legacy.ts': 'a written reason for the test' } }];

/** `code` written in `file` (relative to the repository root): allowed, or refused with `error`. */
const inFile = (file: string, code: string) => ({ filename: at(file), options, code });
const refused = (file: string, code: string, error: { messageId: string; data?: Record<string, string> }) => ({
  ...inFile(file, code),
  errors: [error],
});

// Ownership is read from the real core/<feature>/collections.ts files.
tester.run('repo-owns-collections', rule, {
  valid: [
    inFile('core/visits/visit-repo.ts', "export const f = (s) => s.get('visits', 'v1');"),
    inFile(
      'core/visits/repo/slot-counters.ts',
      "export const f = (tx) => tx.update('visit_slots', 'x', 1, { used: 2 });",
    ),
    inFile('core/app/dispatch/dispatch-repo.ts', "export const f = (s) => s.remove('requests', 'k');"),
    inFile('core/audit/audit-repo.ts', "export const f = (tx) => tx.get<'settings', X>('settings', 'audit-head');"),
    inFile('core/visits/legacy.ts', "export const f = (s) => s.get('visits', 'v1');"),
    inFile('core/visits/visit-rules.ts', "export const f = (m) => m.get('morning');"),
    inFile('src/pages/x.ts', "export const f = (s) => s.get('visits', 'v1');"),
  ],
  invalid: [
    refused(
      'core/visits/visit-slots.ts',
      "export const f = async (tx) => { await tx.insert('visit_slots', { id: 'a' }); };",
      { messageId: 'notRepo' },
    ),
    refused(
      'core/admin/handlers/offboard-handler.ts',
      "export const f = (store) => store.count(`visits`, { hostUserId: 'u' });",
      { messageId: 'notRepo' },
    ),
    refused('core/admin/admin-repo.ts', "export const f = (store) => store.find('staff', { limit: 1 });", {
      messageId: 'notOwner',
      data: { collection: 'staff', owner: 'identity', feature: 'admin' },
    }),
    refused('core/visits/visit-repo.ts', "export const f = (store) => store.get('settings', 'visits');", {
      messageId: 'settingsNotOwner',
    }),
    refused('core/kernel/store/helper.ts', "export const f = (store) => store.get('users', 'u');", {
      messageId: 'notRepo',
    }),
  ],
});
