import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PageOf } from '@core/app/contract';
import { FACTORY_STATUS_LABELS, type Factory } from '@core/catalog/catalog';
import type { WireError } from '@core/kernel/errors';
import { Section } from '@/components/section';
import { ListFooter } from '@/components/state-view';
import { catalogStores } from '@/stores/catalog-stores';
import { formatFloors, formatM2, PENDING } from '@/utils/format';

/** Factory units of a park; the first page comes with the park, later pages on demand. */
export function FactoryList({ parkId, factories }: { parkId: string; factories: PageOf<Factory> }) {
  const [isLoadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<WireError | null>(null);

  const loadMore = async () => {
    if (!factories.next || isLoadingMore) return;
    setLoadingMore(true);
    setError(null);
    const answer = await catalogStores.moreFactories(parkId, factories.next);
    setLoadingMore(false);
    if (!answer.ok) setError(answer.error);
  };

  return (
    <Section title="厂房载体">
      {factories.items.length === 0 ? (
        <Text className="muted">厂房信息待补充，可联系园区招商服务专员了解。</Text>
      ) : (
        <>
          {factories.items.map((factory) => (
            <View key={factory.id} className="factory" data-factory-id={factory.id}>
              <View className="factory__head">
                <Text className="factory__name">{factory.name}</Text>
                {factory.isCustomBuild && <Text className="factory__badge">可定制</Text>}
              </View>
              <View className="factory__grid">
                <Text>面积：{formatM2(factory.areaM2)}</Text>
                <Text>层数：{formatFloors(factory.floors)}</Text>
                <Text>状态：{FACTORY_STATUS_LABELS[factory.status]}</Text>
                <Text>交付：{factory.readyDate ?? factory.readyNote ?? PENDING}</Text>
              </View>
              {factory.note && <Text className="factory__note">{factory.note}</Text>}
            </View>
          ))}
          {factories.next !== null || error ? (
            <ListFooter
              hasMore={factories.next !== null}
              isLoadingMore={isLoadingMore}
              error={error}
              onMore={() => void loadMore()}
            />
          ) : null}
        </>
      )}
    </Section>
  );
}
