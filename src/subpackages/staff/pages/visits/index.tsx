import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { PagedListView } from '@/components/state-view';
import { VisitCard } from '@/components/visit-card';
import { staffVisitStores, useStaffTeams, useStaffVisits } from '@/stores/staff-visit-stores';
import { formatDay } from '@/utils/visit-format';
import { groupByDay } from './group-by-day';
import './index.scss';
import { TEXT_BUTTON } from '@/utils/a11y';
import { usePagedListEvents } from '@/utils/page-events';

const INCLUDE_CLOSED = [
  [false, '待处理'],
  [true, '全部'],
] as const;

/** 接待考察 (internal): the team's upcoming visits by day. */
export default function StaffVisitsPage() {
  const list = useStaffVisits();
  const { teams, teamId } = useStaffTeams();
  useDidShow(() => void staffVisitStores.staffList.getState().reload());
  usePagedListEvents(list);

  return (
    <View className="page staff-visits">
      <Text className="muted staff-visits__note">内部页面：仅开发区工作人员可用，数据按所在接待组授权。</Text>
      {teams.length > 1 && (
        <View className="choices staff-visits__teams">
          {teams.map((team) => (
            <Text
              {...TEXT_BUTTON}
              key={team.id}
              className={`choice ${team.id === teamId ? 'choice--on' : ''}`}
              onClick={() => void list.setFilter({ ...list.filter, teamId: team.id })}
            >
              {team.name}
            </Text>
          ))}
        </View>
      )}
      <View className="choices staff-visits__teams">
        {INCLUDE_CLOSED.map(([includeClosed, label]) => (
          <Text
            {...TEXT_BUTTON}
            key={label}
            className={`choice ${list.filter.includeClosed === includeClosed ? 'choice--on' : ''}`}
            onClick={() => void list.setFilter({ ...list.filter, includeClosed })}
          >
            {label}
          </Text>
        ))}
      </View>
      <PagedListView
        list={list}
        emptyText={
          list.status === 'ready' && teams.length === 0 ? '您尚未加入接待组，请联系招商办' : '近期没有待接待的考察'
        }
      >
        {groupByDay(list.items).map((group) => (
          <View key={group.date}>
            <Text className="staff-visits__day">{formatDay(group.date)}</Text>
            {group.visits.map((visit) => (
              <VisitCard
                key={visit.id}
                visit={visit}
                showCompany
                onTap={() =>
                  void Taro.navigateTo({
                    url: `/subpackages/staff/pages/visit/index?id=${encodeURIComponent(visit.id)}`,
                  })
                }
              />
            ))}
          </View>
        ))}
      </PagedListView>
    </View>
  );
}
