import { ACTIONS, FUNCTION_NAMES, functionOf } from '../../contract/actions';
import { ACCOUNT_ACTIONS } from './account';
import { ADMIN_ACTIONS } from './admin';
import { CATALOG_ACTIONS } from './catalog';
import { EVALUATION_ACTIONS } from './evaluation';
import { MESSAGES_ACTIONS } from './messages';
import { PROJECTS_ACTIONS } from './projects';
import { TICKETS_ACTIONS } from './tickets';
import { VISITS_ACTIONS } from './visits';

const BY_FUNCTION: Record<string, object> = {
  account: ACCOUNT_ACTIONS,
  admin: ADMIN_ACTIONS,
  catalog: CATALOG_ACTIONS,
  evaluation: EVALUATION_ACTIONS,
  messages: MESSAGES_ACTIONS,
  projects: PROJECTS_ACTIONS,
  tickets: TICKETS_ACTIONS,
  visits: VISITS_ACTIONS,
};

describe("each cloud function's definitions", () => {
  it('cover every function of the contract', () => {
    expect(Object.keys(BY_FUNCTION).sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  it.each(Object.entries(BY_FUNCTION))('%s: exactly the contract entries named after it, the same ones', (fn, own) => {
    const expected = Object.entries(ACTIONS).filter(([name]) => functionOf(name) === fn);
    expect(Object.keys(own).sort()).toEqual(expected.map(([name]) => name).sort());
    for (const [name, def] of expected) expect((own as Record<string, unknown>)[name]).toBe(def);
  });
});
