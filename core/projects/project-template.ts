import type { NodeOwner, PlanNodeTemplate } from './plan-backwards';

/** A plan template the zone edits (a `project_templates` document). */
export interface ProjectTemplate {
  id: string;
  version: number;
  name: string;
  order: number;
  nodes: TemplateNode[];
  note: string;
}

export interface TemplateNode extends PlanNodeTemplate {
  /** Where the duration comes from; 待区办核定 when no public source gives it. */
  source: string;
  /** false while the zone has not confirmed the duration (shown as 待区办核定). */
  durationSettled: boolean;
}

/** Desk ids as the service catalog seeds them (core/tickets/seed/service-catalog-seed.ts DESK_IDS). */
const permitsDesk: NodeOwner = { kind: 'team', id: 'svc-desk-permits', label: '帮办代办窗口' };
const environmentDesk: NodeOwner = { kind: 'team', id: 'svc-desk-environment', label: '环评能评窗口' };
const constructionDesk: NodeOwner = { kind: 'team', id: 'svc-desk-construction', label: '施工保障窗口' };
const projectTeam: NodeOwner = { kind: 'role', id: 'project_team', label: '项目专班' };
const enterprise: NodeOwner = { kind: 'role', id: 'enterprise', label: '企业' };

const TO_CONFIRM = '待区办核定：公开资料未给出该环节时限';
/** ../shared/notes/DOMAIN.md, C6 "Typical statutory durations (a county 备案类 flow)", lines 18–19. */
const COUNTY_FLOW = 'DOMAIN.md C6 县级备案类流程典型时限（第18–19行）';

const node = (
  key: string,
  name: string,
  durationWd: number,
  predecessors: string[],
  owner: NodeOwner,
  source: string,
): TemplateNode => ({ key, name, durationWd, predecessors, owner, source, durationSettled: source !== TO_CONFIRM });

/**
 * The default industrial template: the approval nodes of issue 11 item 3. Durations where
 * DOMAIN.md gives them: 规划许可 = 规划方案审查 7 + 建设用地规划许可 5 + 建设工程规划许可 7 wd; 施工许可 5 wd;
 * 环评 and 能评 (节能审查) 7 wd, in parallel. 竣工验收 10 wd and 投产 (试生产) 5 wd are the worked
 * example. 立项备案, 用地 and 开工 (construction to completion) have no public figure: placeholders,
 * marked 待区办核定, for the zone to set.
 */
export const DEFAULT_INDUSTRIAL_TEMPLATE: ProjectTemplate = {
  id: 'industrial-default',
  version: 1,
  name: '工业项目默认模板',
  order: 1,
  note: '时限以工作日计（含调休上班日）；标注“待区办核定”的时限为占位，请区办核定后修改。',
  nodes: [
    node('filing', '立项备案', 3, [], permitsDesk, TO_CONFIRM),
    node('land', '用地', 20, ['filing'], projectTeam, TO_CONFIRM),
    node(
      'planning',
      '规划许可',
      19,
      ['land'],
      permitsDesk,
      `${COUNTY_FLOW}：规划方案审查7 + 建设用地规划许可5 + 建设工程规划许可7`,
    ),
    node('eia', '环评', 7, ['filing'], environmentDesk, `${COUNTY_FLOW}：环评、水保、节能审查并联7个工作日`),
    node('energy', '能评', 7, ['filing'], environmentDesk, `${COUNTY_FLOW}：环评、水保、节能审查并联7个工作日`),
    node('permit', '施工许可', 5, ['planning', 'eia', 'energy'], permitsDesk, `${COUNTY_FLOW}：施工许可5个工作日`),
    node('construction', '开工', 120, ['permit'], constructionDesk, TO_CONFIRM),
    node('acceptance', '竣工验收', 10, ['construction'], projectTeam, 'issue 11 第3项示例：竣工验收10个工作日'),
    node('production', '投产', 5, ['acceptance'], enterprise, 'issue 11 第3项示例：试生产5个工作日'),
  ],
};

export const PROJECT_TEMPLATES_SEED: ProjectTemplate[] = [DEFAULT_INDUSTRIAL_TEMPLATE];
