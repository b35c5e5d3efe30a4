import type { StageEvidence } from '@core/projects';
import { projectFigures, type ProjectLike } from './project-figures';

const P = (id: string, stage: ProjectLike['stage'], evidence: StageEvidence, over: Partial<ProjectLike> = {}) => ({
  id,
  name: `项目${id}`,
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

describe('stalled projects and screening rejections', () => {
  const nov = { fromDate: '2026-11-01', toDate: '2026-12-01' };
  const rejections = { count: 1, investmentWan: 5000, withoutInvestment: 0 };
  // p3 签约, planned 开工 2 months before the period end; s4 4 months before; s5 planned after the end;
  // p4 has 开工 already, with a planned start long past (not stalled).
  const projects: ProjectLike[] = [
    P('p3', 'signed', { signed: signed('2026-07-01') }),
    P('s4', 'signed', { signed: signed('2026-06-01') }, { teamId: 'team-b', leaderUserId: null }),
    P('s5', 'signed', { signed: signed('2026-11-01') }),
    P('p4', 'construction', { signed: signed('2026-07-01'), construction: built('2026-11-11') }),
  ];
  const extras = {
    plannedStarts: new Map([
      ['p3', '2026-10-01'],
      ['s4', '2026-08-01'],
      ['s5', '2026-12-15'],
      ['p4', '2026-01-01'],
    ]),
    stallRule: { yellowAfterMonths: 1, redAfterMonths: 3 },
    rejections,
    asOfDate: '2026-12-01',
    names: { person: (id: string) => `人${id}`, team: (id: string) => `组${id}` },
  };

  it('lists 签约未开工 by the stall rule at the period end, red first, with counts by colour', () => {
    const f = projectFigures(projects, {}, nov, extras);
    // Independently: 1 Oct → 1 Dec is 2 months (≥ 1, < 3: yellow); 1 Aug → 1 Dec is 4 months (≥ 3: red).
    expect(f.stalled).toEqual({
      yellow: 1,
      red: 1,
      projects: [
        {
          ...{ projectId: 's4', name: '项目s4', leaderName: '未指定', teamName: '组team-b' },
          ...{ plannedStartOn: '2026-08-01', monthsLate: 4, colour: 'red' },
          text: '签约后超过计划开工3个月未开工（计划 2026-08-01）',
        },
        {
          ...{ projectId: 'p3', name: '项目p3', leaderName: '人u-lead', teamName: '组team-a' },
          ...{ plannedStartOn: '2026-10-01', monthsLate: 2, colour: 'yellow' },
          text: '签约后超过计划开工1个月未开工（计划 2026-10-01）',
        },
      ],
    });
    expect(f.rejections).toEqual(rejections);
  });

  it('keeps to the scope; rejections are zone-wide figures only', () => {
    const f = projectFigures(projects, { teamIds: new Set(['team-a']) }, nov, extras);
    expect(f.stalled.projects.map((p) => p.projectId)).toEqual(['p3']);
    expect([f.stalled.yellow, f.stalled.red]).toEqual([1, 0]);
    expect(f.rejections).toBeNull();
  });
});
