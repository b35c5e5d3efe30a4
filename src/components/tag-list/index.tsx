import { Text, View } from '@tarojs/components';
import './index.scss';

export function TagList({ tags, tone = 'blue' }: { tags: readonly string[]; tone?: 'blue' | 'green' | 'gray' }) {
  if (tags.length === 0) return null;
  return (
    <View className="tag-list">
      {tags.map((tag) => (
        <Text key={tag} className={`tag tag--${tone}`}>
          {tag}
        </Text>
      ))}
    </View>
  );
}
