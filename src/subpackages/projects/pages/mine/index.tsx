import { Text, View } from '@tarojs/components';
import { PagedListView } from '@/components/state-view';
import { useMyProjects } from '@/stores/project-stores';
import { useShownPagedList } from '@/utils/page-events';
import { ProjectCards } from '../../components/project-parts';
import '../../components/project-parts.scss';

/** 我的项目 (the enterprise contact): its own projects only, each with its stage and progress. */
export default function MyProjectsPage() {
  const list = useMyProjects();
  useShownPagedList(list);
  return (
    <View className="page projects-page">
      <Text className="muted projects-page__note">您作为企业联系人的项目：阶段、计划节点和负责人</Text>
      <PagedListView list={list} emptyText="暂无项目。签约落地后，项目进度会显示在这里。">
        <ProjectCards cards={list.items} />
      </PagedListView>
    </View>
  );
}
