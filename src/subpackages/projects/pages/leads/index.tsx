import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { DuplicateMatch, LeadView } from '@core/projects/project-actions';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { TextInputField } from '@/components/form-field';
import { PagedListView } from '@/components/state-view';
import { projectStores, useLeads } from '@/stores/project-stores';
import { useShownPagedList } from '@/utils/page-events';
import '../../components/project-parts.scss';
import './index.scss';

const MATCHED_ON: Record<DuplicateMatch['matchedOn'], string> = {
  creditCode: '统一社会信用代码相同',
  enterpriseName: '企业名称完全相同',
};

const openProject = (id: string) => void Taro.redirectTo({ url: `/subpackages/projects/pages/project/index?id=${id}` });

/** 转为项目: the credit code if known; a duplicate (credit code, then exact name) is shown before anything is written. */
function ConvertForm({ lead }: { lead: LeadView }) {
  const [creditCode, setCreditCode] = useState('');
  const [match, setMatch] = useState<DuplicateMatch | null>(null);
  const [error, setError] = useState<{ field: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const convert = async (onDuplicate: 'ask' | 'link' | 'create') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const code = creditCode.trim();
    const answer = await projectStores.fromLead({ leadId: lead.id, name: null, creditCode: code || null, onDuplicate });
    setBusy(false);
    if (!answer.ok) return setError({ field: answer.error.field === 'creditCode', message: answer.error.message });
    if (answer.data.project) return openProject(answer.data.project.id);
    setMatch(answer.data.match);
  };
  return (
    <View className="lead-convert">
      <TextInputField
        label="统一社会信用代码（选填）"
        field={`creditCode-${lead.id}`}
        error={error?.field ? error.message : undefined}
        hint="用于查重：先按信用代码，再按企业名称"
        value={creditCode}
        placeholder="18位代码"
        maxlength={18}
        onInput={(code) => {
          setCreditCode(code);
          setMatch(null);
        }}
      />
      {match ? (
        <View className="lead-convert__match" {...{ role: 'alert' }}>
          <Text>
            发现可能重复的项目：{match.name}（{match.enterpriseName ?? '企业待补充'}，{MATCHED_ON[match.matchedOn]}）
          </Text>
          <Button className="primary-button" disabled={busy || undefined} onClick={() => void convert('link')}>
            关联到该项目
          </Button>
          <Button className="secondary-button" disabled={busy || undefined} onClick={() => void convert('create')}>
            仍新建项目
          </Button>
        </View>
      ) : (
        <Button
          className={`primary-button ${busy ? 'is-busy' : ''}`}
          disabled={busy || undefined}
          onClick={() => void convert('ask')}
        >
          转为项目
        </Button>
      )}
      {error && !error.field && <Text className="projects-page__error">{error.message}</Text>}
    </View>
  );
}

/** 线索 (staff): completed visits turned into leads, each converted into a project once. */
export default function LeadsPage() {
  const list = useLeads();
  const [openId, setOpenId] = useState<string | null>(null);
  useShownPagedList(list);
  return (
    <View className="page projects-page">
      <Text className="muted projects-page__note">
        内部工作区：由已完成的考察转入的线索；转为项目后保留线索和考察记录。
      </Text>
      <PagedListView list={list} emptyText="暂无待转化的线索。在已完成的考察详情中点“转为线索”。">
        {list.items.map((lead) => (
          <View key={lead.id} className="project-card" data-lead={lead.id}>
            <Text className="project-card__name">{lead.company}</Text>
            <Text className="muted project-card__meta">
              联系人：{lead.contactName}（{lead.contactPhone}）· {formatDateTimeZh(lead.createdAt)}
            </Text>
            {openId === lead.id ? (
              <ConvertForm lead={lead} />
            ) : (
              <View className="projects-page__actions">
                <Button
                  className="secondary-button"
                  onClick={() =>
                    void Taro.navigateTo({ url: `/subpackages/projects/pages/screening/index?kind=lead&id=${lead.id}` })
                  }
                >
                  绿色筛查
                </Button>
                <Button className="secondary-button" onClick={() => setOpenId(lead.id)}>
                  转为项目…
                </Button>
              </View>
            )}
          </View>
        ))}
      </PagedListView>
    </View>
  );
}
