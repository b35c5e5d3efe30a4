import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { ARTICLE_CATEGORY_LABELS } from '@core/catalog/catalog';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { StateView } from '../../components/state-view';
import { catalogStores, useArticleDetails } from '../../stores/catalog-stores';
import './index.scss';

export default function ArticleDetailPage() {
  const id = useRouter().params.id ?? '';
  const details = useArticleDetails();
  const entry = details.byId[id];
  useEffect(() => {
    if (id) void catalogStores.articleDetails.getState().load(id);
  }, [id]);
  const article = entry?.data ?? null;

  return (
    <View className="page article-detail">
      <StateView
        status={id ? (entry?.status ?? 'loading') : 'ready'}
        error={entry?.error ?? null}
        isEmpty={!article}
        emptyText="文章不存在"
        onRetry={() => void details.load(id)}
      >
        {article && (
          <View className="article-detail__card">
            <Text className="article-detail__title">{article.title}</Text>
            <Text className="article-detail__meta">
              {ARTICLE_CATEGORY_LABELS[article.category]} · 收录于 {formatDateTimeZh(article.publishedAt)}
            </Text>
            <Text className="article-detail__meta">来源：{article.source}</Text>
            <View className="article-detail__body">
              {article.body.map((paragraph, index) => (
                <Text key={index} className="paragraph">
                  {paragraph}
                </Text>
              ))}
            </View>
          </View>
        )}
      </StateView>
    </View>
  );
}
