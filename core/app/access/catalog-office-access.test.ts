import { errorOf, type As } from '@tests/support/dispatch-kit';
import { newArticle, newFactory, newPark } from '@tests/support/catalog-fixture';
import type { ActionName } from '../contract/actions';
import { F, U, unlisted, useAccessStack, type Outcome, OFFICE_CALLERS } from '@tests/support/access-matrix';

const kit = useAccessStack();

const CALLERS = OFFICE_CALLERS;

/** The auditor reads the audit log, not the office's catalogue. */
const OFFICE_ONLY: Outcome[] = [U, F, F, F, F, F, 'ok', F];

const PUBLISHED = 'focus-leading-industries';

/** Expected outcome per caller, in CALLERS order. */
const MATRIX: [ActionName, Outcome[], Record<string, unknown>][] = [
  ['admin.catalog.parks.list', OFFICE_ONLY, { keyword: '园' }],
  ['admin.catalog.parks.save', OFFICE_ONLY, newPark()],
  ['admin.catalog.factories.list', OFFICE_ONLY, { parkId: 'jingde-smart' }],
  ['admin.catalog.factories.save', OFFICE_ONLY, newFactory()],
  ['admin.catalog.articles.list', OFFICE_ONLY, { status: 'published' }],
  ['admin.catalog.articles.save', OFFICE_ONLY, newArticle()],
  ['admin.catalog.articles.setStatus', OFFICE_ONLY, { articleId: PUBLISHED, status: 'withdrawn' }],
];

describe('the office catalogue: every action × every role', () => {
  it('covers every admin.catalog action', () => {
    expect(unlisted((a) => a.startsWith('admin.catalog.'), MATRIX)).toEqual([]);
  });

  const cases = MATRIX.flatMap(([action, outcomes, input]) =>
    CALLERS.map(([label, as], i) => [action, label, as, outcomes[i] as Outcome, input] as const),
  );
  it.each(cases)('%s as %s → %s', async (action, _label, as, expected, input) => {
    const answer = await kit.send(as, action, input);
    if (expected === 'ok') expect(answer).toMatchObject({ ok: true });
    else expect(errorOf(answer).code).toBe(expected);
  });
});

const BAD_INPUTS: [ActionName, Record<string, unknown>, string][] = [
  ['admin.catalog.parks.list', { keyword: 'x'.repeat(31) }, 'keyword'],
  ['admin.catalog.parks.save', newPark({ name: '园' }), 'name'],
  ['admin.catalog.parks.save', newPark({ order: 0 }), 'order'],
  ['admin.catalog.parks.save', newPark({ status: 'closed' }), 'status'],
  ['admin.catalog.parks.save', newPark({ areaMu: -1 }), 'areaMu'],
  ['admin.catalog.parks.save', newPark({ industryIds: ['nope'] }), 'industryIds.0'],
  ['admin.catalog.parks.save', newPark({ location: { latitude: 91, longitude: 116 } }), 'location.latitude'],
  ['admin.catalog.parks.save', newPark({ summary: '简介\u202e倒' }), 'summary'],
  ['admin.catalog.factories.list', { limit: 0 }, 'limit'],
  ['admin.catalog.factories.save', newFactory({ parkId: 'nope' }), 'parkId'],
  ['admin.catalog.factories.save', newFactory({ floors: 1.5 }), 'floors'],
  ['admin.catalog.factories.save', newFactory({ readyDate: '2027-02-30' }), 'readyDate'],
  ['admin.catalog.factories.save', newFactory({ status: 'sold' }), 'status'],
  ['admin.catalog.articles.list', { status: 'deleted' }, 'status'],
  ['admin.catalog.articles.save', newArticle({ title: '短' }), 'title'],
  ['admin.catalog.articles.save', newArticle({ body: [] }), 'body'],
  ['admin.catalog.articles.save', newArticle({ category: 'ad' }), 'category'],
  ['admin.catalog.articles.save', newArticle({ parkIds: ['jingde-smart', 'nope'] }), 'parkIds.1'],
  ['admin.catalog.articles.save', newArticle({ html: '<b>x</b>' }), 'html'],
  ['admin.catalog.articles.setStatus', { articleId: PUBLISHED, status: 'draft' }, 'status'],
  ['admin.catalog.articles.setStatus', { articleId: '', status: 'withdrawn' }, 'articleId'],
];

describe('the office catalogue: bad input', () => {
  it('covers every action', () => {
    const covered = new Set(BAD_INPUTS.map(([action]) => action));
    expect(MATRIX.map(([action]) => action).filter((a) => !covered.has(a))).toEqual([]);
  });

  const admin: As = 'admin';
  it.each(BAD_INPUTS)('%s %j → INVALID_INPUT on %s, nothing written', async (action, input, field) => {
    await kit.refused(admin, action, input, field);
  });
});
