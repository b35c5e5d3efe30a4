import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import type { HomeView } from '@core/app/contract';
import { ArticleItem } from '../../components/article-item';
import { ParkCard } from '../../components/park-card';
import { Section } from '../../components/section';
import { ResourceView } from '../../components/state-view';
import { TagList } from '../../components/tag-list';
import { catalogStores, useHome } from '../../stores/catalog-stores';
import { useShare } from '../../hooks/use-share';
import './index.scss';
import { TEXT_BUTTON } from '../../utils/a11y';
import { usePullDownReload } from '../../utils/page-events';

/** An investor's first action and an enterprise's, on the first screen. */
const FIRST_ACTIONS = [
  {
    id: 'book-visit',
    title: '预约考察',
    sub: '客商 · 选园区和时段',
    go: () => void Taro.navigateTo({ url: '/pages/visit-book/index' }),
  },
  {
    id: 'services',
    title: '帮办代办',
    sub: '企业 · 审批手续专人办',
    go: () => void Taro.switchTab({ url: '/pages/services/index' }),
  },
];

/** The zone's name and promise, and the two first actions, in the first screen. */
function HomeHero({ zone }: { zone: HomeView['zone'] }) {
  return (
    <View className="home__hero">
      <Text className="home__zone">{zone.name}</Text>
      <Text className="home__tagline">{zone.tagline}</Text>
      {/* The first thing an investor or an enterprise comes for, in the first screen. */}
      <View className="home__actions">
        {FIRST_ACTIONS.map((a) => (
          <View
            key={a.id}
            className="home__action"
            role="button"
            aria-label={`${a.title}：${a.sub}`}
            data-action={a.id}
            onClick={a.go}
          >
            <Text className="home__action-title">{a.title}</Text>
            <Text className="home__action-sub">{a.sub}</Text>
          </View>
        ))}
      </View>
      <Text className="home__structure">{zone.structure}</Text>
      {zone.intro.map((line) => (
        <Text key={line} className="home__intro">
          {line}
        </Text>
      ))}
    </View>
  );
}

/** A section's way on to the whole list or the form. */
function SectionLink({ label, go }: { label: string; go: () => void }) {
  return (
    <Text {...TEXT_BUTTON} className="link" onClick={go}>
      {label}
    </Text>
  );
}

/** The zone, its industries and parks, the service promise and the latest news. */
function HomeContent({ data }: { data: HomeView }) {
  return (
    <>
      <HomeHero zone={data.zone} />

      <Section title="主导产业">
        <TagList tags={data.leadingIndustries.map((i) => i.name)} />
        <Text className="muted home__note">主导产业目录由开发区维护，持续更新。</Text>
      </Section>

      <Section
        title={`九大专业园区（${data.parks.length}）`}
        action={<SectionLink label="筛选园区" go={() => void Taro.switchTab({ url: '/pages/parks/index' })} />}
      >
        {data.parks.map((park) => (
          <ParkCard key={park.id} park={park} />
        ))}
      </Section>

      <Section
        title="服务承诺"
        action={<SectionLink label="预约考察 ›" go={() => void Taro.navigateTo({ url: '/pages/visit-book/index' })} />}
      >
        {data.zone.serviceModel.map((line) => (
          <Text key={line} className="home__promise">
            {line}
          </Text>
        ))}
      </Section>

      <Section
        title="招商动态"
        action={<SectionLink label="查看全部" go={() => void Taro.switchTab({ url: '/pages/articles/index' })} />}
      >
        {data.articles.length === 0 ? (
          <Text className="muted">暂无动态</Text>
        ) : (
          data.articles.map((article) => <ArticleItem key={article.id} article={article} />)
        )}
      </Section>
    </>
  );
}

/** 首页: the zone in one screen — 一区多园, leading industries, the 9 parks, latest 招商动态. */
export default function HomePage() {
  useShare(() => ({ title: '零距离 · 平原经济开发区投资服务：园区、厂房与考察预约', page: 'pages/home/index' }));
  const home = useHome();
  useEffect(() => {
    if (catalogStores.home.getState().status === 'idle') void catalogStores.home.getState().load();
  }, []);
  usePullDownReload(() => home.load());

  return (
    <View className="page home">
      <ResourceView resource={home} emptyText="暂无内容" onRetry={() => void home.load()}>
        {(data) => <HomeContent data={data} />}
      </ResourceView>
    </View>
  );
}
