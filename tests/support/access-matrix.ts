import type { ActionName } from '@core/app/contract';
import { HANDLERS } from '@core/app/handlers';
import { errorOf, snapshotAll, type As } from './dispatch-kit';
import { addAuditor } from './onboarding-fixture';
import { useTestStack, type TestKit } from './use-test-stack';
import { everyRole } from './every-role';

/** What the access matrices (core/app/access/*-access.test.ts) expect of a caller. */
export type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
export const U = 'UNAUTHENTICATED' as const;
export const F = 'FORBIDDEN' as const;
export const N = 'NOT_FOUND' as const;
export const C = 'CONFLICT' as const;

/** The auditor useAccessStack registers, as a matrix caller; OFFICE_CALLERS: everyRole's, then the auditor. */
export const AUDITOR_CALLER: [string, As] = ['auditor', { openid: 'o-auditor' }];
export const OFFICE_CALLERS = everyRole({}, AUDITOR_CALLER);

export interface AccessKit extends TestKit {
  /** Bad input: INVALID_INPUT on `field` with a Chinese message, and nothing written (every collection as before). */
  refused: (as: As, action: ActionName, input: Record<string, unknown>, field: string) => Promise<void>;
}

/** useTestStack for an access matrix: the auditor (o-auditor) added unless `withAuditor` is false, then `setup`. */
export const useAccessStack = (setup?: () => Promise<void>, { withAuditor = true } = {}): AccessKit => {
  const kit: AccessKit = Object.assign(
    useTestStack(async () => {
      if (withAuditor) await addAuditor(kit.stack.store);
      await setup?.();
    }),
    {
      refused: (as: As, action: ActionName, input: Record<string, unknown>, field: string) =>
        expectRefusedInput(kit, as, action, input, field),
    },
  );
  return kit;
};

/** The actions `belongs` picks among every handler that `rows` leave out: a matrix expects none. */
export const unlisted = (belongs: (action: string) => boolean, rows: readonly (readonly [string, ...unknown[]])[]) => {
  const listed = new Set(rows.map(([action]) => action));
  return Object.keys(HANDLERS).filter((action) => belongs(action) && !listed.has(action));
};

const expectRefusedInput = async (
  kit: TestKit,
  as: As,
  action: ActionName,
  input: Record<string, unknown>,
  field: string,
): Promise<void> => {
  const before = await snapshotAll(kit.stack);
  const error = errorOf(await kit.send(as, action, input));
  expect(error).toMatchObject({ code: 'INVALID_INPUT', field });
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await snapshotAll(kit.stack)).toEqual(before);
};
