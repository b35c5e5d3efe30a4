import type { ScreeningItem } from './screening';

/**
 * The checklist the zone starts from. The article's own "四个坚决不上" were not found in any public
 * source, so they are not here and nothing stands in for them: these are Pingyuan's published rules
 * and the national / Shandong lists DOMAIN.md names, every one 待区办核定 until the office confirms it.
 */
export const SCREENING_SEED_NOTE =
  '“四个坚决不上”的四项具体内容未在公开资料中找到，未予编写；以下检查项取自平原县公开的“五不批”等规则及国家、山东省目录，均待区办核定。';

/** Where each source line comes from: ../shared/notes/DOMAIN.md, section 绿色筛查 (not shown to users). */
const PINGYUAN = '平原县公开规则“五不批”（高耗水、高耗能、重污染、不符合产业政策、有环境风险的项目不批）';
const VETO_RULE = '平原县公开规则：环保第一审批权、一票否决';
const TWO_HIGH = '两高行业（暂定国家清单：煤电、石化、化工、钢铁、有色冶炼、建材）；山东省 鲁政办字〔2021〕98号';
const CATALOGUE = '国家发展改革委《产业结构调整指导目录》淘汰类、限制类（以现行版本为准）';
const YELLOW_RIVER = '黄河流域规定：不符合产业政策、三线一单、规划环评或能耗水耗限值的项目不予审批备案';
const HAZCHEM = '山东省危险化学品“禁限控”目录（绿色化工产业园）';
const LAND = '山东所见用地强度门槛：德州省级开发区投资强度不低于100万元/亩';

const item = (
  order: number,
  id: string,
  text: string,
  category: string,
  isVeto: boolean,
  needsEvidence: boolean,
  source: string,
): ScreeningItem => ({
  id: `scr-item-${id}`,
  version: 1,
  text,
  category,
  isVeto,
  needsEvidence,
  isActive: true,
  order,
  source,
  isSettled: false,
  updatedAt: 0,
});

export const SCREENING_ITEMS_SEED: ScreeningItem[] = [
  item(1, 'water', '不属于高耗水项目', '五不批', true, false, PINGYUAN),
  item(2, 'energy', '不属于高耗能项目', '五不批', true, true, PINGYUAN),
  item(3, 'pollution', '不属于重污染项目', '五不批', true, false, PINGYUAN),
  item(4, 'policy', '符合国家和省产业政策', '五不批', true, false, PINGYUAN),
  item(5, 'risk', '无重大环境风险', '五不批', true, false, PINGYUAN),
  item(6, 'eia-veto', '环保部门前置审查同意（环保一票否决）', '环保第一审批权', true, true, VETO_RULE),
  item(7, 'two-high', '不属于两高行业，或已按山东省两高项目管理规定办理', '两高', false, true, TWO_HIGH),
  item(8, 'eliminated', '不属于《产业结构调整指导目录》淘汰类', '产业政策目录', true, false, CATALOGUE),
  item(9, 'restricted', '不属于《产业结构调整指导目录》限制类', '产业政策目录', false, false, CATALOGUE),
  item(10, 'yellow-river', '符合三线一单生态环境分区管控和规划环评要求', '黄河流域', true, false, YELLOW_RIVER),
  item(11, 'hazchem', '不涉及危险化学品禁止类、限制类（化工项目）', '危化品禁限控', false, false, HAZCHEM),
  item(12, 'land', '投资强度不低于100万元/亩', '集约用地', false, false, LAND),
];
