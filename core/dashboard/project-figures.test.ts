import type { StageEvidence } from '@core/projects';
import { projectFigures, type ProjectLike } from './project-figures';

const P = (id: string, stage: ProjectLike['stage'], evidence: StageEvidence, over: Partial<ProjectLike> = {}) => ({
  id,
  stage,
  status: stage,
  evidence,
  parkId: 'park-1',
  teamId: 'team-a',
  leaderUserId: 'u-lead',
  ...over,
});
const signed = (date: string) => ({ date, agreementFileId: 'f' });
const built = (date: string) => ({ date, permitNo: 'P1', sitePhotoFileId: null });

const PROJECTS: ProjectLike[] = [
  P('p1', 'negotiating', {}),
  P('p2', 'negotiating', {}, { teamId: 'team-b' }),
  P('p3', 'signed', { signed: signed('2026-10-01') }),
  // 签约 1 Oct → 开工 11 Nov: 41 days, in November.
  P('p4', 'construction', { signed: signed('2026-10-01'), construction: built('2026-11-11') }),
  // 签约 1 Nov → 开工 21 Nov: 20 days; 开工 → 竣工 30 Nov: 9 days.
  P('p5', 'completed', {
    signed: signed('2026-11-01'),
    construction: built('2026-11-21'),
    completed: { acceptanceFiledOn: '2026-11-30' },
  }),
  // 开工 in October: outside November; 投产 3 Dec: outside too.
  P(
    'p6',
    'production',
    {
      signed: signed('2026-09-01'),
      construction: built('2026-10-02'),
      completed: { acceptanceFiledOn: '2026-11-02' },
      production: { date: '2026-12-03' },
    },
    { parkId: 'park-2' },
  ),
  // Terminated after 签约: counts as 终止, and as having reached 签约.
  { ...P('p7', 'signed', { signed: signed('2026-11-05') }), status: 'terminated' },
];

describe('project figures on the dashboard', () => {
  const nov = { fromDate: '2026-11-01', toDate: '2026-12-01' };

  it('counts by status now, and conversion between stages by the stage reached', () => {
    const f = projectFigures(PROJECTS, {}, nov);
    expect(f.total).toBe(7);
    expect(f.byStatus).toEqual({
      negotiating: 2,
      signed: 1,
      construction: 1,
      completed: 1,
      production: 1,
      terminated: 1,
    });
    // Reached 洽谈 7, 签约 5 (p3 p4 p5 p6 p7), 开工 3, 竣工 2, 投产 1.
    expect(f.conversion.map((s) => [s.reachedFrom, s.reachedTo, s.rate])).toEqual([
      [7, 5, 0.7143],
      [5, 3, 0.6],
      [3, 2, 0.6667],
      [2, 1, 0.5],
    ]);
  });

  it('median days between the stage evidence dates, for moves completed in the period', () => {
    const f = projectFigures(PROJECTS, {}, nov);
    expect(f.stageDays).toEqual([
      // 41 and 20 days: nearest rank of two is the smaller.
      { from: 'signed', to: 'construction', count: 2, medianDays: 20 },
      // p5 9 days, p6 31 days (2 Oct → 2 Nov).
      { from: 'construction', to: 'completed', count: 2, medianDays: 9 },
      { from: 'completed', to: 'production', count: 0, medianDays: null },
    ]);
  });

  it('a scope picks projects by park, team (一套班子) and leader', () => {
    expect(projectFigures(PROJECTS, { parkId: 'park-2' }, nov).total).toBe(1);
    expect(projectFigures(PROJECTS, { teamIds: new Set(['team-b']) }, nov).byStatus.negotiating).toBe(1);
    expect(projectFigures(PROJECTS, { userId: 'u-other' }, nov).total).toBe(0);
  });
});
