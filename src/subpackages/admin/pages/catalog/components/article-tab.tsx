import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import * as v from 'valibot';
import {
  ARTICLE_CATEGORY_LABELS,
  ARTICLE_STATUS_LABELS,
  type Article,
  type ArticleCategory,
} from '@core/catalog/catalog';
import { ARTICLE_CATEGORIES, articleFields } from '@core/catalog/catalog-fields';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { FormField } from '@/components/form-field';
import { catalogOfficeStores, useOfficeArticles, useOfficeParks } from '@/stores/catalog-office-stores';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { AdminCard, EditorToggle } from '@/subpackages/admin/components/admin-card';
import { PagedList } from '@/subpackages/admin/components/paged-list';
import { TextField } from '@/subpackages/admin/components/text-field';
import { checkForm } from '@/subpackages/admin/form-errors';
import { useAdminWrite } from '@/subpackages/admin/use-admin-write';
import { useEditing, useTextFields } from '@/subpackages/admin/use-text-fields';
import { lines } from './form-values';

const schema = v.strictObject(articleFields);
const CATEGORY_OPTIONS = ARTICLE_CATEGORIES.map((c) => ({ id: c, label: ARTICLE_CATEGORY_LABELS[c] }));

/** A new draft or changes to an article (a published one stays published with the new text). */
function ArticleForm({ article, onDone }: { article: Article | null; onDone: () => void }) {
  const parks = useOfficeParks();
  const [category, setCategory] = useState<string[]>([article?.category ?? 'news']);
  const [parkIds, setParkIds] = useState<string[]>(article?.parkIds ?? []);
  const { errors, run } = useAdminWrite();
  const { text, field } = useTextFields(
    {
      title: article?.title ?? '',
      summary: article?.summary ?? '',
      body: (article?.body ?? []).join('\n'),
      source: article?.source ?? '开发区招商服务办公室',
    },
    errors,
  );
  const submit = () => {
    const input = {
      ...(article ? { articleId: article.id, version: article.version } : {}),
      category: (category[0] ?? 'news') as ArticleCategory,
      title: text.title,
      summary: text.summary,
      body: lines(text.body),
      source: text.source,
      parkIds,
    };
    return run(
      checkForm(schema, input),
      () => catalogOfficeStores.change('admin.catalog.articles.save', input, article?.id ?? 'new-article'),
      onDone,
    );
  };
  return (
    <View className="admin-form" data-form="article">
      <FormField label="栏目" isRequired error={errors.category}>
        <ChipSelect name="category" isSingle options={CATEGORY_OPTIONS} selected={category} onChange={setCategory} />
      </FormField>
      <TextField label="标题" isRequired {...field('title')} />
      <TextField label="摘要" isRequired {...field('summary')} />
      <TextField label="正文（每行一段，纯文本）" isRequired isLong {...field('body')} />
      <TextField label="来源" isRequired {...field('source')} />
      <FormField label="相关园区" error={errors.parkIds}>
        <ChipSelect
          name="parkIds"
          options={parks.items.map((p) => ({ id: p.id, label: p.name }))}
          selected={parkIds}
          onChange={setParkIds}
        />
      </FormField>
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button className="admin-button" data-action="save-article" onClick={() => void submit()}>
        {article ? '保存修改' : '保存草稿'}
      </Button>
    </View>
  );
}

/** 动态与政策: drafts, published and withdrawn articles, newest change first; 发布 and 撤回 here. */
export function ArticleTab() {
  const list = useOfficeArticles();
  const { editing, setEditing, done } = useEditing<Article>(() => list.reload());
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void catalogOfficeStores.articles.getState().reload();
    if (catalogOfficeStores.parks.getState().status === 'idle') void catalogOfficeStores.parks.getState().reload();
  }, []);
  const setStatus = async (article: Article, status: 'published' | 'withdrawn') => {
    const input = { articleId: article.id, version: article.version, status };
    const answer = await catalogOfficeStores.change('admin.catalog.articles.setStatus', input, article.id);
    setProblem(answer.ok ? null : answer.error.message);
    if (answer.ok) void list.reload();
  };
  return (
    <View>
      <EditorToggle action="new-article" label="新建文章" editing={editing} setEditing={setEditing}>
        {(record) => <ArticleForm article={record} onDone={done} />}
      </EditorToggle>
      {problem && (
        <View className="admin-error" role="alert">
          <Text>{problem}</Text>
        </View>
      )}
      <PagedList list={list} searchPlaceholder="按标题搜索" emptyText="还没有文章">
        {(article) => (
          <AdminCard
            key={article.id}
            attrs={{ 'data-article': article.title, 'data-status': article.status }}
            name={article.title}
            tag={ARTICLE_STATUS_LABELS[article.status]}
            onEdit={() => setEditing(article)}
            actions={
              article.status === 'published' ? (
                <Button
                  className="admin-button admin-button--plain"
                  data-action="withdraw"
                  onClick={() => void setStatus(article, 'withdrawn')}
                >
                  撤回
                </Button>
              ) : (
                <Button
                  className="admin-button"
                  data-action="publish"
                  onClick={() => void setStatus(article, 'published')}
                >
                  发布
                </Button>
              )
            }
          >
            <Text className="muted">
              {ARTICLE_CATEGORY_LABELS[article.category]}
              {article.status === 'draft' ? '' : ` · 发布于 ${formatDateTimeZh(article.publishedAt)}`}
            </Text>
          </AdminCard>
        )}
      </PagedList>
    </View>
  );
}
