import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useEffect } from 'react';
import { ARTICLE_CATEGORY_LABELS, type ArticleCategory } from '@core/catalog/catalog';
import { ArticleItem } from '../../components/article-item';
import { PagedListFooter, StateView } from '../../components/state-view';
import { catalogStores, useArticleList } from '../../stores/catalog-stores';
import { useShare } from '../../hooks/use-share';
import './index.scss';
import { TEXT_BUTTON } from '../../utils/a11y';

const CATEGORIES: ArticleCategory[] = ['news', 'policy'];
const EMPTY_TEXT: Record<ArticleCategory, string> = {
  news: '暂无招商动态',
  policy: '暂无政策文件，开发区发布后将在此展示',
};

/** 动态: 招商动态 and 政策, newest first, page by page. */
export default function ArticlesPage() {
  useShare(() => ({ title: '平原经济开发区 · 招商动态与政策', page: 'pages/articles/index' }));
  const list = useArticleList();
  useEffect(() => {
    if (catalogStores.articles.getState().status === 'idle') void catalogStores.articles.getState().reload();
  }, []);
  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());

  return (
    <View className="page articles">
      <View className="articles__tabs">
        {CATEGORIES.map((category) => (
          <Text
            {...TEXT_BUTTON}
            key={category}
            className={`articles__tab ${list.filter === category ? 'articles__tab--on' : ''}`}
            onClick={() => void list.setFilter(category)}
          >
            {ARTICLE_CATEGORY_LABELS[category]}
          </Text>
        ))}
      </View>
      <View className="articles__list">
        <StateView
          status={list.status}
          error={list.error}
          isEmpty={list.items.length === 0}
          emptyText={EMPTY_TEXT[list.filter]}
          onRetry={() => void list.reload()}
        >
          {list.items.map((article) => (
            <ArticleItem key={article.id} article={article} />
          ))}
          <PagedListFooter list={list} />
        </StateView>
      </View>
    </View>
  );
}
