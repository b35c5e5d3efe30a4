import { Input, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { ParkCard } from '../../components/park-card';
import { PagedListView } from '../../components/state-view';
import { catalogStores, useIndustries, useParkList } from '../../stores/catalog-stores';
import './index.scss';
import { TEXT_BUTTON } from '../../utils/a11y';
import { usePagedListEvents } from '../../utils/page-events';

const SEARCH_DELAY_MS = 300;

/** 全部产业 and each industry, as chips; a failed load of the industries offers a retry. */
function IndustryChips({ current, onPick }: { current: string | null; onPick: (industryId: string | null) => void }) {
  const industries = useIndustries();
  return (
    <View className="parks__filters">
      <Text {...TEXT_BUTTON} className={`chip ${current === null ? 'chip--on' : ''}`} onClick={() => onPick(null)}>
        全部产业
      </Text>
      {(industries.data ?? []).map((industry) => (
        <Text
          {...TEXT_BUTTON}
          key={industry.id}
          data-industry-id={industry.id}
          className={`chip ${current === industry.id ? 'chip--on' : ''}`}
          onClick={() => onPick(industry.id)}
        >
          {industry.name}
        </Text>
      ))}
      {industries.status === 'error' && (
        <Text {...TEXT_BUTTON} className="chip chip--error" onClick={() => void industries.load()}>
          产业加载失败，点击重试
        </Text>
      )}
    </View>
  );
}

/** 园区: the 9 parks, searchable by name and filterable by industry. */
export default function ParksPage() {
  const list = useParkList();
  const [keyword, setKeyword] = useState(list.filter.keyword);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const { parks, industries: ind } = catalogStores;
    if (parks.getState().status === 'idle') void parks.getState().reload();
    if (ind.getState().status === 'idle') void ind.getState().load();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);
  usePagedListEvents(list);

  const search = (value: string) => {
    setKeyword(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(
      () => void list.setFilter({ ...catalogStores.parks.getState().filter, keyword: value }),
      SEARCH_DELAY_MS,
    );
  };
  const pickIndustry = (industryId: string | null) => void list.setFilter({ ...list.filter, industryId });
  const clearFilters = () => {
    if (timer.current) clearTimeout(timer.current);
    setKeyword('');
    void list.setFilter({ keyword: '', industryId: null });
  };
  const isFiltered = list.filter.keyword.trim() !== '' || list.filter.industryId !== null;

  return (
    <View className="page parks">
      <View className="parks__search">
        <Input
          className="parks__input"
          value={keyword}
          placeholder="搜索园区名称"
          confirmType="search"
          maxlength={20}
          onInput={(e) => search(e.detail.value)}
        />
      </View>
      <IndustryChips current={list.filter.industryId} onPick={pickIndustry} />
      <View className="parks__list">
        <PagedListView
          list={list}
          emptyText={isFiltered ? '没有符合条件的园区' : '暂无园区信息'}
          emptyAction={
            isFiltered ? (
              <Text {...TEXT_BUTTON} className="link parks__clear" onClick={clearFilters}>
                清除筛选条件
              </Text>
            ) : undefined
          }
        >
          <Text className="muted parks__count">{isFiltered ? '筛选结果' : '全部园区'}</Text>
          {list.items.map((park) => (
            <ParkCard key={park.id} park={park} />
          ))}
        </PagedListView>
      </View>
    </View>
  );
}
