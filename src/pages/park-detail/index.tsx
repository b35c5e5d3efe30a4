import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { PARK_STATUS_LABELS } from '@core/catalog/catalog';
import { ArticleItem } from '../../components/article-item';
import { PrivacyDialog } from '../../components/privacy-dialog';
import { Section } from '../../components/section';
import { StateView } from '../../components/state-view';
import { TagList } from '../../components/tag-list';
import { useShare } from '../../hooks/use-share';
import { catalogStores, useParkDetails } from '../../stores/catalog-stores';
import { PENDING } from '../../utils/format';
import { FactoryList } from './components/factory-list';
import { ParkLocation } from './components/park-location';
import './index.scss';

/** Park detail: figures (or 待补充), industries, factory units, location, service contact role. */
export default function ParkDetailPage() {
  const id = useRouter().params.id ?? '';
  const details = useParkDetails();
  const entry = details.byId[id];
  // The shared card opens this same park (its id in the path / the 朋友圈 query).
  useShare(() => ({
    title: entry?.data ? `${entry.data.park.name} · 平原经济开发区` : '平原经济开发区 · 园区详情',
    page: 'pages/park-detail/index',
    query: id ? `id=${encodeURIComponent(id)}` : '',
  }));

  useEffect(() => {
    if (id) void catalogStores.parkDetails.getState().load(id);
  }, [id]);
  useEffect(() => {
    if (entry?.data) void Taro.setNavigationBarTitle({ title: entry.data.park.name });
  }, [entry?.data]);

  if (!id) {
    return (
      <View className="page">
        <StateView status="ready" error={null} isEmpty emptyText="缺少园区编号" onRetry={() => undefined}>
          {null}
        </StateView>
      </View>
    );
  }
  const data = entry?.data ?? null;
  return (
    <View className="page park-detail">
      <PrivacyDialog />
      <StateView
        status={entry?.status ?? 'loading'}
        error={entry?.error ?? null}
        isEmpty={!data}
        emptyText="园区不存在"
        onRetry={() => void details.load(id)}
      >
        {data && (
          <>
            <View className="park-detail__hero">
              <Text className="park-detail__name">{data.park.name}</Text>
              <Text className="park-detail__status">{PARK_STATUS_LABELS[data.park.status]}</Text>
              <Text className="park-detail__summary">{data.park.summary}</Text>
              <TagList tags={data.park.industries.map((i) => i.name)} tone="gray" />
            </View>

            <Section title="关键数据">
              <View className="figures">
                {data.park.figures.map((figure) => (
                  <View key={figure.label} className="figures__item">
                    <Text className={`figures__value ${figure.value === null ? 'figures__value--pending' : ''}`}>
                      {figure.value ?? PENDING}
                    </Text>
                    <Text className="figures__label">{figure.label}</Text>
                  </View>
                ))}
              </View>
              {data.park.figures.some((f) => f.value === null) && (
                <Text className="muted park-detail__note">标注“待补充”的数据尚未公布，以开发区发布为准。</Text>
              )}
            </Section>

            <Section title="园区介绍">
              <Text className="paragraph">{data.park.description}</Text>
              {data.park.highlights.length > 0 && <TagList tags={data.park.highlights} tone="green" />}
            </Section>

            <FactoryList parkId={id} factories={data.factories} />

            <ParkLocation address={data.park.address} location={data.park.location} zoneLocation={data.zoneLocation} />

            <View className="park-detail__book">
              <Button
                className="park-detail__book-button"
                onClick={() =>
                  void Taro.navigateTo({ url: `/pages/visit-book/index?parkId=${encodeURIComponent(id)}` })
                }
              >
                预约考察
              </Button>
              <Text className="muted">选择日期和上午/下午，可与其他园区组成一天的考察行程</Text>
            </View>

            <Section title="服务联系">
              <Text className="park-detail__contact">{data.park.contactRole}</Text>
              <Text className="muted park-detail__note">
                开发区实行“五个一”精准服务：一个项目、一位领导、一套班子、一抓到底。为保护个人信息，专员电话不在此公开。
              </Text>
            </Section>

            {data.articles.length > 0 && (
              <Section title="相关动态">
                {data.articles.map((article) => (
                  <ArticleItem key={article.id} article={article} />
                ))}
              </Section>
            )}
          </>
        )}
      </StateView>
    </View>
  );
}
