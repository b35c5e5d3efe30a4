import type { Project } from '@core/projects';
import type { StaffMember, Team } from '@core/identity';
import type { User } from '@core/kernel/caller';
import { DESK_IDS } from '@core/tickets';

/**
 * Who takes service tickets in the demo (体验数据, local stack only): the category desks, the duty
 * desk, and the projects the article names, each with one leader and one team ("五个一"). The
 * people are invented and marked （演示）; the projects are the article's. Team ids start with
 * `svc-` so a person's park reception team stays first in their team list.
 */
const user = (id: string, name: string, organisation: string, seededAt: number): User => ({
  id,
  version: 1,
  openid: `seed-${id}`,
  name,
  roles: ['staff'],
  organisation,
  phone: null,
  createdAt: seededAt,
});

export const serviceStaffUsersSeed = (seededAt: number): User[] => [
  user('u-staff-wu', '吴专员（演示）', '开发区帮办代办窗口', seededAt),
  user('u-staff-zheng', '郑专员（演示）', '开发区帮办代办窗口', seededAt),
  user('u-staff-feng', '冯专员（演示）', '开发区环评能评窗口', seededAt),
  user('u-staff-he', '何专员（演示）', '开发区企业服务窗口', seededAt),
  user('u-staff-ma', '马专员（演示）', '开发区施工保障窗口', seededAt),
];

const PERMITS = ['企业开办', '项目备案（立项）', '用地与不动产登记', '规划许可', '施工许可'];

const member = (userId: string, name: string, skills: string[], over: Partial<StaffMember> = {}): StaffMember => ({
  id: userId,
  version: 1,
  userId,
  name,
  title: '帮办代办专员',
  skills,
  isActive: true,
  isOnLeave: false,
  backupUserId: null,
  lastAssignedAt: null,
  ...over,
});

export const SERVICE_STAFF_SEED: StaffMember[] = [
  member('u-staff-wu', '吴专员（演示）', PERMITS),
  member('u-staff-zheng', '郑专员（演示）', PERMITS, { isOnLeave: true, backupUserId: 'u-staff-wu' }),
  member('u-staff-feng', '冯专员（演示）', ['环评', '能评', '安评与消防']),
  member('u-staff-he', '何专员（演示）', ['水电气暖报装', '政策兑现与补贴申报', '用工与人才']),
  member('u-staff-ma', '马专员（演示）', ['零距离上门服务', '施工保障']),
];

const team = (id: string, name: string, kind: Team['kind'], leaderUserId: string, memberIds: string[]): Team => ({
  id,
  version: 1,
  name,
  kind,
  parkId: null,
  leaderUserId,
  memberIds,
});

export const DUTY_DESK_ID = 'svc-duty';

const desks: Team[] = [
  team(DESK_IDS.permits, '帮办代办窗口', 'category_desk', 'u-leader-qian', ['u-staff-wu', 'u-staff-zheng']),
  team(DESK_IDS.environment, '环评能评窗口', 'category_desk', 'u-leader-qian', ['u-staff-feng', 'u-staff-chen']),
  team(DESK_IDS.enterprise, '企业服务窗口', 'category_desk', 'u-leader-qian', ['u-staff-he']),
  team(DESK_IDS.construction, '施工保障窗口', 'category_desk', 'u-leader-qian', ['u-staff-ma']),
  team(DUTY_DESK_ID, '开发区值班台', 'duty_desk', 'u-leader-qian', ['u-staff-sun', 'u-staff-zhou']),
];

const ABOUT_TO_SIGN = '与另两个拟签约项目合计近7亿元（报道未分项列明）';

/** When the demo's projects were entered (a fixed instant, so list order never depends on the seeding day). */
const ENTERED_AT = Date.UTC(2026, 9, 12, 1, 0);

/** The article gives no dates, files or figures for its projects: those stay empty (null / {}), never invented. */
const project = (
  id: string,
  name: string,
  over: Partial<Project> & Pick<Project, 'leaderUserId' | 'stage'>,
): Project => ({
  id,
  version: 1,
  name,
  enterpriseName: null,
  creditCode: null,
  ownerUserId: null,
  parkId: null,
  industryId: null,
  industryClass: null,
  status: over.stage,
  evidence: {},
  terminatedReason: null,
  investmentWan: null,
  landMu: null,
  investmentNote: null,
  teamId: `svc-project-${id}`,
  // Signed before screening existed: recorded as passed (screening is not built yet; only the seed sets it).
  screening: over.stage === 'negotiating' ? 'pending' : 'passed',
  leadId: null,
  createdAt: ENTERED_AT,
  updatedAt: ENTERED_AT,
  ...over,
});

export const PROJECTS_SEED: Project[] = [
  project('dezhi-hangchuang', '北京德知航创科技有限公司入驻项目', {
    enterpriseName: '北京德知航创科技有限公司',
    // The enterprise persona (王经理) files tickets for it.
    ownerUserId: 'u-demo-enterprise',
    parkId: 'jingde-smart',
    stage: 'signed',
    leaderUserId: 'u-demo-leader',
  }),
  project('changcheng-jindian', '北京长城金点物联网科技股份有限公司入驻项目', {
    enterpriseName: '北京长城金点物联网科技股份有限公司',
    parkId: 'jingde-smart',
    stage: 'signed',
    leaderUserId: 'u-demo-leader',
  }),
  project('5g-charging', '5G通讯基站智能充电桩项目', {
    stage: 'negotiating',
    investmentNote: ABOUT_TO_SIGN,
    leaderUserId: 'u-leader-qian',
  }),
  project('wireless-adhoc', '新能源无线自组通信设备项目', {
    stage: 'negotiating',
    investmentNote: ABOUT_TO_SIGN,
    leaderUserId: 'u-leader-qian',
  }),
  project('recon-strike-drone', '查打一体无人机项目', {
    stage: 'negotiating',
    investmentNote: ABOUT_TO_SIGN,
    leaderUserId: 'u-leader-qian',
  }),
  // Invented (marked （演示）): a project in the 开工 stage, with the evidence each move carried.
  project('demo-precision-parts', '精密传动部件智能制造项目（演示）', {
    enterpriseName: '德州精传智造科技有限公司（演示）',
    creditCode: '91371400MA3C2K4X1T',
    parkId: 'jingde-smart',
    industryClass: 'C3453',
    stage: 'construction',
    investmentWan: 32000,
    landMu: 86,
    leaderUserId: 'u-demo-leader',
    evidence: {
      signed: { date: '2026-06-18', agreementFileId: 'demo-file-agreement-precision-parts' },
      construction: { date: '2026-09-08', permitNo: '371426202609080101', sitePhotoFileId: null },
    },
    updatedAt: ENTERED_AT + 60_000,
  }),
];

const PROJECT_MEMBERS: Record<string, string[]> = {
  'dezhi-hangchuang': ['u-demo-staff', 'u-staff-liu'],
  'changcheng-jindian': ['u-staff-liu', 'u-demo-staff'],
  '5g-charging': ['u-staff-he', 'u-staff-ma'],
  'wireless-adhoc': ['u-staff-feng', 'u-staff-wu'],
  'recon-strike-drone': ['u-staff-ma', 'u-staff-wu'],
  'demo-precision-parts': ['u-demo-staff', 'u-staff-ma'],
};

const projectTeams: Team[] = PROJECTS_SEED.flatMap((p) =>
  p.teamId && p.leaderUserId
    ? [{ ...team(p.teamId, `${p.name}专班`, 'project', p.leaderUserId, PROJECT_MEMBERS[p.id] ?? []), parkId: p.parkId }]
    : [],
);

export const SERVICE_TEAMS_SEED: Team[] = [...desks, ...projectTeams];
