import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ChipSelect } from '../../components/chip-select';
import { ArticleTab } from './components/article-tab';
import { FactoryTab } from './components/factory-tab';
import { ParkTab } from './components/park-tab';
import '../../admin.scss';

const TABS = [
  { id: 'parks', label: '园区' },
  { id: 'factories', label: '厂房' },
  { id: 'articles', label: '动态与政策' },
];

/** 园区与动态: the office edits the public catalogue (C10); nothing published is deleted. */
export default function AdminCatalogPage() {
  const [tab, setTab] = useState<string[]>(['parks']);
  const current = tab[0] ?? 'parks';
  return (
    <View className="page admin">
      <Text className="muted admin__note">修改保存后即在首页、园区、动态中显示；已发布的文章只能撤回，不能删除。</Text>
      <ChipSelect
        name="tab"
        isSingle
        options={TABS}
        selected={[current]}
        onChange={(next) => next[0] && setTab(next)}
      />
      {current === 'parks' && <ParkTab />}
      {current === 'factories' && <FactoryTab />}
      {current === 'articles' && <ArticleTab />}
    </View>
  );
}
