import { checkRoundDraft, fieldOfRefusal, roundInputOf, weightTotal, type RoundDraft } from './round-draft';

const valid: RoundDraft = {
  title: ' 2026年第四季度现场评议 ',
  targets: ['team-a', 'team-b'],
  projects: [{ id: 'p-1', name: '新材料项目' }],
  panels: ['leader', 'enterprise'],
  dimensions: [
    { name: '服务效率', weight: '60' },
    { name: '服务态度', weight: '40' },
  ],
  windowWorkingDays: '3',
};

describe('the round form before it is sent', () => {
  it('lets a complete round go', () => {
    expect(checkRoundDraft(valid)).toEqual({});
  });

  it.each<[string, Partial<RoundDraft>, keyof ReturnType<typeof checkRoundDraft>, string]>([
    ['a one-letter title', { title: ' 评 ' }, 'title', '请填写评议名称'],
    ['a single target across teams and projects', { targets: ['team-a'], projects: [] }, 'targets', '两个评议对象'],
    ['no panel', { panels: [] }, 'panels', '评议组'],
    ['a nameless dimension', { dimensions: [{ name: ' ', weight: '100' }] }, 'dimensions', '维度的名称'],
    [
      'weights short of 100',
      {
        dimensions: [
          { name: '效率', weight: '60' },
          { name: '态度', weight: '30' },
        ],
      },
      'dimensions',
      '现为 90',
    ],
  ])('puts %s next to its field', (_, patch, field, message) => {
    const found = checkRoundDraft({ ...valid, ...patch });
    expect(Object.keys(found)).toEqual([field]);
    expect(found[field]).toContain(message);
  });

  it('counts one team and one project as the two targets a round needs', () => {
    expect(checkRoundDraft({ ...valid, targets: ['team-a'] })).toEqual({});
  });

  it('reads a half-typed weight as nothing rather than failing', () => {
    expect(
      weightTotal({
        ...valid,
        dimensions: [
          { name: '效率', weight: '' },
          { name: '态度', weight: '4x' },
        ],
      }),
    ).toBe(0);
  });

  it('sends teams first, then projects, trimmed and as numbers', () => {
    expect(roundInputOf(valid)).toEqual({
      title: '2026年第四季度现场评议',
      targets: [
        { kind: 'team', id: 'team-a' },
        { kind: 'team', id: 'team-b' },
        { kind: 'project', id: 'p-1' },
      ],
      panels: ['leader', 'enterprise'],
      dimensions: [
        { name: '服务效率', weight: 60 },
        { name: '服务态度', weight: 40 },
      ],
      windowWorkingDays: 3,
    });
  });
});

describe('a refusal from the server', () => {
  it.each([
    ['targets.1', 'targets'],
    ['targets.2', 'projects'],
    ['dimensions.0.weight', 'dimensions'],
    ['windowWorkingDays', 'windowWorkingDays'],
    ['roundId', 'form'],
    [undefined, 'form'],
  ])('with field %s is shown at %s', (field, expected) => {
    expect(fieldOfRefusal(valid, field)).toBe(expected);
  });
});
