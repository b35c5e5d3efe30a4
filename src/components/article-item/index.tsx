import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ArticleCard } from '@core/app/contract';
import { ARTICLE_CATEGORY_LABELS } from '@core/catalog/catalog';
import { formatDateZh } from '@core/kernel/calendar/local-time';
import './index.scss';

export const openArticle = (id: string) =>
  Taro.navigateTo({ url: `/pages/article-detail/index?id=${encodeURIComponent(id)}` });

export function ArticleItem({ article }: { article: ArticleCard }) {
  return (
    <View
      role="button"
      className="article-item"
      onClick={() => void openArticle(article.id)}
      data-article-id={article.id}
    >
      <Text className="article-item__title">{article.title}</Text>
      <Text className="article-item__summary">{article.summary}</Text>
      <Text className="article-item__meta">
        {ARTICLE_CATEGORY_LABELS[article.category]} · 收录于 {formatDateZh(article.publishedAt)}
      </Text>
    </View>
  );
}
