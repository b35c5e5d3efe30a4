import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { StateView } from '../../components/state-view';
import { CategorySection } from './components/category-section';
import { EnterpriseSection } from './components/enterprise-section';
import { RequestSection } from './components/request-section';
import { SubmitBar } from './components/submit-bar';
import { useTicketNew } from './use-ticket-new';
import './index.scss';

/** 发起申请: the request form. The draft is kept on the device; one requestId per draft makes submit idempotent. */
export default function TicketNewPage() {
  const { form, catalog, projects, isOnSite, submit } = useTicketNew(useRouter().params.categoryId ?? '');
  const part = { draft: form.draft, errors: form.errors, update: form.update };
  return (
    <View className="page ticket-new">
      <StateView
        status={catalog.status}
        error={catalog.error}
        isEmpty={catalog.items.length === 0}
        emptyText="暂无服务事项"
        onRetry={() => void catalog.reload()}
      >
        <CategorySection {...part} categories={catalog.items} />
        <EnterpriseSection {...part} projects={projects} />
        <RequestSection
          {...part}
          isOnSite={isOnSite}
          onAddFile={form.addAttachment}
          onRemoveFile={form.removeAttachment}
        />
        <SubmitBar {...part} isSubmitting={form.isSubmitting} onSubmit={() => void submit()} />
      </StateView>
    </View>
  );
}
