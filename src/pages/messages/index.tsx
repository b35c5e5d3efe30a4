import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { MessageView } from '@core/app/contract';
import { PagedListFooter, StateView } from '../../components/state-view';
import { useMessages, visitStores } from '../../stores/visit-stores';
import { formatMoment } from '../../utils/visit-format';
import './index.scss';
import { TEXT_BUTTON } from '../../utils/a11y';

/** 消息: the in-app message centre; the same news WeChat subscribe messages carry, whatever was answered there. */
export default function MessagesPage() {
  const list = useMessages();
  useDidShow(() => void visitStores.messages.getState().reload());
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());

  const open = (message: MessageView) => {
    if (!message.isRead) void visitStores.markRead([message.id]);
    if (message.page) void Taro.navigateTo({ url: message.page });
  };
  const hasUnread = list.items.some((m) => !m.isRead);

  return (
    <View className="page messages">
      <StateView
        status={list.status}
        error={list.error}
        isEmpty={list.items.length === 0}
        emptyText="暂无消息"
        onRetry={() => void list.reload()}
      >
        {hasUnread && (
          <Text {...TEXT_BUTTON} className="link messages__all" onClick={() => void visitStores.markRead('all')}>
            全部标为已读
          </Text>
        )}
        {list.items.map((message) => (
          <View
            role="button"
            key={message.id}
            className={`message ${message.isRead ? '' : 'message--unread'}`}
            onClick={() => open(message)}
          >
            <View className="message__head">
              <Text className="message__title">{message.title}</Text>
              <Text className="message__time">{formatMoment(message.createdAt)}</Text>
            </View>
            <Text className="message__body">{message.body}</Text>
          </View>
        ))}
        <PagedListFooter list={list} />
      </StateView>
    </View>
  );
}
