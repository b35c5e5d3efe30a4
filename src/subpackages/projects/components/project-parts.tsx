import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PersonRef, ProjectCard, ProjectView } from '@core/projects/project-actions';
import { PROJECT_STAGES, PROJECT_STAGE_LABELS, type ProjectStage, type StageEvidence } from '@core/projects/project';
import { FactRows } from '@/components/fact-rows';
import { PENDING } from '@/utils/format';
import { TEXT_BUTTON } from '@/utils/a11y';
import './project-parts.scss';

const evidenceOf = (stage: ProjectStage, e: StageEvidence): string | null => {
  switch (stage) {
    case 'signed':
      return e.signed ? `${e.signed.date} 签约 · 协议文件已上传` : null;
    case 'construction':
      if (!e.construction) return null;
      return [
        `${e.construction.date} 开工`,
        e.construction.permitNo ? `施工许可证 ${e.construction.permitNo}` : null,
        e.construction.sitePhotoFileId ? '现场照片已上传' : null,
      ]
        .filter(Boolean)
        .join(' · ');
    case 'completed':
      return e.completed ? `${e.completed.acceptanceFiledOn} 竣工验收备案` : null;
    case 'production':
      return e.production ? `${e.production.date} 投产` : null;
    default:
      return null;
  }
};

/** 洽谈 → 签约 → 开工 → 竣工 → 投产: the stages reached (with their evidence), the current one, or 终止. */
export function StageSteps({ project }: { project: ProjectView }) {
  const reached = PROJECT_STAGES.indexOf(project.stage);
  return (
    <View className="stage-steps" role="list" aria-label="项目阶段">
      {PROJECT_STAGES.map((stage, i) => {
        const state = i < reached ? 'done' : i === reached ? 'current' : 'todo';
        const word = state === 'done' ? '已完成' : state === 'current' ? '当前阶段' : '未到';
        const evidence = evidenceOf(stage, project.evidence);
        return (
          <View
            key={stage}
            role="listitem"
            aria-label={`${PROJECT_STAGE_LABELS[stage]}：${word}`}
            className={`stage-steps__step stage-steps__step--${state}`}
          >
            <Text className="stage-steps__name">
              {PROJECT_STAGE_LABELS[stage]}（{word}）
            </Text>
            {evidence && <Text className="muted stage-steps__evidence">{evidence}</Text>}
          </View>
        );
      })}
      {project.status === 'terminated' && (
        <View className="stage-steps__terminated" role="listitem">
          <Text>已终止：{project.terminatedReason ?? '未填写原因'}</Text>
        </View>
      )}
    </View>
  );
}

const person = (p: PersonRef) => `${p.name}${p.phone ? `（${p.phone}）` : ''}`;

/** 一位领导、一套班子. */
export function ProjectPeople({ project }: { project: ProjectView }) {
  return (
    <View className="project-people">
      <Text className="project-people__row">一位领导：{project.leader ? person(project.leader) : '待确定'}</Text>
      <Text className="project-people__row">一套班子：{project.team ? `${project.team.name}` : '待确定'}</Text>
      {project.team?.members.map((m) => (
        <Text key={m.userId} className="muted project-people__member">
          {person(m)}
        </Text>
      ))}
    </View>
  );
}

const amount = (n: number | null, unit: string) => (n === null ? PENDING : `${n}${unit}`);

const FACT_CLASSES = {
  row: 'project-facts__row',
  label: 'muted project-facts__label',
  value: 'project-facts__value',
};

/** The record's figures; the credit code and screening only for the zone's staff. */
export function ProjectFacts({ project }: { project: ProjectView }) {
  const rows: [string, string][] = [
    ['企业', project.enterpriseName ?? PENDING],
    ['计划投资', amount(project.investmentWan, '万元')],
    ['用地', amount(project.landMu, '亩')],
    ['行业分类', project.industryClass ?? PENDING],
  ];
  if (project.viewer === 'staff') {
    rows.push(['统一社会信用代码', project.creditCode ?? PENDING], ['绿色筛查', project.screeningLabel ?? PENDING]);
    if (project.investmentNote) rows.push(['备注（内部）', project.investmentNote]);
  }
  return (
    <View className="project-facts">
      <FactRows rows={rows} classes={FACT_CLASSES} />
    </View>
  );
}

/** One project in a list: name, enterprise, stage and (when known) its colour in words. */
export function ProjectCardItem({ card, onOpen }: { card: ProjectCard; onOpen: () => void }) {
  return (
    <View {...TEXT_BUTTON} className="project-card" data-project={card.id} onClick={onOpen}>
      <View className="project-card__head">
        <Text className="project-card__name">{card.name}</Text>
        <Text className={`project-card__stage project-card__stage--${card.status}`}>{card.statusLabel}</Text>
      </View>
      {card.colourText && (
        <Text className={`projects-page__colour projects-page__colour--${card.colour ?? 'none'}`}>
          {card.colourText}
        </Text>
      )}
      <Text className="muted project-card__meta">
        {card.enterpriseName ?? '企业待补充'}
        {card.investmentWan !== null ? ` · 计划投资${card.investmentWan}万元` : ''}
      </Text>
    </View>
  );
}

/** A page of project cards (项目管理, 我的项目), each opening its project page. */
export function ProjectCards({ cards }: { cards: readonly ProjectCard[] }) {
  return (
    <>
      {cards.map((card) => (
        <ProjectCardItem
          key={card.id}
          card={card}
          onOpen={() => void Taro.navigateTo({ url: `/subpackages/projects/pages/project/index?id=${card.id}` })}
        />
      ))}
    </>
  );
}
