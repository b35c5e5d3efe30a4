import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

/** A titled white card; `action` sits at the right of the title (e.g. 查看全部). */
export function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <View className="section">
      <View className="section__head">
        <Text className="section__title">{title}</Text>
        {action}
      </View>
      {children}
    </View>
  );
}
