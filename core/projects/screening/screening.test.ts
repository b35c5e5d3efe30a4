import { screeningOutcomeOf, type ScreeningAnswer } from './screening';
import { withScreeningConditions } from './screening-plan';
import { SCREENING_ITEMS_SEED, SCREENING_SEED_NOTE } from './screening-seed';

const answered = (...rows: [boolean, ScreeningAnswer][]) => rows.map(([isVeto, answer]) => ({ isVeto, answer }));

describe('screeningOutcomeOf', () => {
  it.each([
    [
      'a failed veto item → 不予引进, even with unverified ones',
      answered([true, 'fails'], [false, 'unverified']),
      0,
      'rejected',
    ],
    ['a failed veto item → 不予引进, conditions or not', answered([true, 'fails'], [false, 'meets']), 2, 'rejected'],
    ['anything unverified → 提交评审会', answered([true, 'meets'], [false, 'unverified']), 0, 'review'],
    ['unverified with conditions → still 提交评审会', answered([true, 'unverified']), 1, 'review'],
    ['a failed non-veto item and no condition → 提交评审会', answered([true, 'meets'], [false, 'fails']), 0, 'review'],
    [
      'a failed non-veto item with a condition → 有条件通过',
      answered([true, 'meets'], [false, 'fails']),
      1,
      'conditional',
    ],
    ['all met with conditions → 有条件通过', answered([true, 'meets'], [false, 'meets']), 1, 'conditional'],
    ['all met → 通过', answered([true, 'meets'], [false, 'meets']), 0, 'passed'],
  ] as const)('%s', (_name, items, conditions, expected) => {
    expect(screeningOutcomeOf(items, conditions)).toBe(expected);
  });
});

describe('the seeded checklist', () => {
  it('is Pingyuan’s 五不批 and the national and Shandong lists, each 待区办核定 with its source, and not the article’s four', () => {
    expect(SCREENING_ITEMS_SEED.filter((i) => i.category === '五不批').map((i) => i.text)).toEqual([
      '不属于高耗水项目',
      '不属于高耗能项目',
      '不属于重污染项目',
      '符合国家和省产业政策',
      '无重大环境风险',
    ]);
    expect(SCREENING_ITEMS_SEED.every((i) => !i.isSettled && i.isActive && i.source.length > 10)).toBe(true);
    expect(SCREENING_ITEMS_SEED.map((i) => i.category)).toEqual(expect.arrayContaining(['两高', '产业政策目录']));
    expect(new Set(SCREENING_ITEMS_SEED.map((i) => i.id)).size).toBe(SCREENING_ITEMS_SEED.length);
    expect(SCREENING_SEED_NOTE).toContain('未在公开资料中找到');
  });
});

describe('withScreeningConditions', () => {
  const owner = { kind: 'team', id: 't', label: '窗口' } as const;
  const template = {
    nodes: [
      { key: 'permit', name: '施工许可', durationWd: 5, predecessors: [], owner },
      { key: 'construction', name: '开工', durationWd: 20, predecessors: ['permit'], owner },
    ],
  };

  it('adds each condition as a node its named node waits on, and leaves the template alone without conditions', () => {
    const planned = withScreeningConditions(template, [
      { text: '取得危化品安全条件审查意见', durationWd: 10, beforeKey: 'permit' },
      { text: '落实污水预处理设施', durationWd: 15, beforeKey: 'construction' },
    ]);
    expect(planned.nodes.map((n) => [n.key, n.durationWd, n.predecessors])).toEqual([
      ['screening-condition-1', 10, []],
      ['screening-condition-2', 15, []],
      ['permit', 5, ['screening-condition-1']],
      ['construction', 20, ['permit', 'screening-condition-2']],
    ]);
    expect(planned.nodes[0]).toMatchObject({
      name: '筛查条件：取得危化品安全条件审查意见',
      owner: { label: '项目专班' },
    });
    expect(withScreeningConditions(template, []).nodes).toEqual(template.nodes);
    expect(template.nodes[0]!.predecessors).toEqual([]);
  });
});
