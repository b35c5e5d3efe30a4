import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PROJECT_STAGES, PROJECT_STATUS_LABELS, type ProjectStatus } from '@core/projects/project';
import { PagedListView } from '@/components/state-view';
import { useProjectList } from '@/stores/project-stores';
import { TEXT_BUTTON } from '@/utils/a11y';
import { useShownPagedList } from '@/utils/page-events';
import { ProjectCards } from '../../components/project-parts';
import '../../components/project-parts.scss';

const FILTERS: [ProjectStatus | null, string][] = [
  [null, '全部'],
  ...[...PROJECT_STAGES, 'terminated' as const].map((s) => [s, PROJECT_STATUS_LABELS[s]] as [ProjectStatus, string]),
];

const open = (url: string) => void Taro.navigateTo({ url });

/** 项目管理 (staff, leaders, the office): every project by stage, newest change first. Internal. */
export default function ProjectListPage() {
  const list = useProjectList();
  useShownPagedList(list);
  return (
    <View className="page projects-page">
      <Text className="muted projects-page__note">内部工作区：项目“五个一”台账，仅限开发区工作人员</Text>
      <Text
        {...TEXT_BUTTON}
        className="projects-page__link"
        onClick={() => open('/subpackages/projects/pages/leads/index')}
      >
        线索（由考察转入）›
      </Text>
      <View className="choices projects-page__chips" role="radiogroup" aria-label="按阶段筛选">
        {FILTERS.map(([status, label]) => (
          <Text
            key={label}
            {...{ role: 'radio', 'aria-checked': list.filter === status }}
            data-filter={status ?? 'all'}
            className={`choice ${list.filter === status ? 'choice--on' : ''}`}
            onClick={() => void list.setFilter(status)}
          >
            {label}
          </Text>
        ))}
      </View>
      <PagedListView
        list={list}
        emptyText={list.filter ? `没有处于“${PROJECT_STATUS_LABELS[list.filter]}”的项目` : '还没有项目'}
      >
        <ProjectCards cards={list.items} />
      </PagedListView>
    </View>
  );
}
