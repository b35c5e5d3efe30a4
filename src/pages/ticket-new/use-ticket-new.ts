import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import type { TicketView } from '@core/app/contract';
import { TICKET_FIELD_ORDER } from '../../stores/ticket-draft';
import { ticketForm, useTicketForm } from '../../stores/ticket-form';
import { ticketStores, useMyProjects, useServiceCatalog } from '../../stores/ticket-stores';
import { revealFirstError } from '../../utils/reveal-first-error';

/** Loads what the form offers and preselects the only project on a fresh draft. */
const usePrefill = (categoryId: string) => {
  const projects = useMyProjects();
  useEffect(() => {
    if (categoryId) ticketForm.getState().startWith(categoryId);
    if (ticketStores.catalog.getState().status === 'idle') void ticketStores.catalog.getState().reload();
    void ticketStores.projects.getState().load();
  }, [categoryId]);
  useEffect(() => {
    // An enterprise with one project files for it: on a fresh draft, preselect it and its company name.
    const only = projects.data?.length === 1 ? projects.data[0] : undefined;
    const { draft, update } = ticketForm.getState();
    if (only && draft.projectId === null && draft.enterpriseName === '') {
      update({ projectId: only.id, enterpriseName: only.enterpriseName ?? '' });
    }
  }, [projects.data]);
  return projects;
};

/** The 发起申请 page's state: the app's one ticket form, the catalog, the caller's projects, and submit. */
export const useTicketNew = (categoryId: string) => {
  const form = useTicketForm();
  const catalog = useServiceCatalog();
  const projects = usePrefill(categoryId);
  const category = catalog.items.find((c) => c.id === form.draft.categoryId) ?? null;
  const isOnSite = category?.isOnSite ?? false;

  const afterSubmit = (created: TicketView | null) => {
    const { submitError, errors } = ticketForm.getState();
    if (created) {
      void ticketStores.mine.getState().reload();
      void Taro.redirectTo({ url: `/pages/ticket-detail/index?id=${encodeURIComponent(created.id)}` });
    } else if (submitError) {
      void Taro.showToast({ title: submitError.message ?? '提交失败', icon: 'none' });
    } else {
      // Brought into view and focused, with its message under it (no toast over it).
      revealFirstError(TICKET_FIELD_ORDER, errors);
    }
  };
  const submit = () => ticketForm.getState().submit(isOnSite).then(afterSubmit);
  return { form, catalog, projects: projects.data ?? [], isOnSite, submit };
};
