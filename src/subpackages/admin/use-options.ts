import { useEffect, useState } from 'react';
import { call } from '../../services/transport';

export interface Option {
  id: string;
  label: string;
}

/** Pickers' choices: teams, active staff and service categories (each ≤ 100, one read). */
export const useAdminOptions = () => {
  const [teams, setTeams] = useState<Option[]>([]);
  const [staff, setStaff] = useState<Option[]>([]);
  const [categories, setCategories] = useState<(Option & { skill: string })[]>([]);
  useEffect(() => {
    void call('admin.teams.list', { limit: 100 }).then(
      (a) => a.ok && setTeams(a.data.items.map((t) => ({ id: t.id, label: t.name }))),
    );
    void call('admin.staff.list', { limit: 100 }).then(
      (a) =>
        a.ok &&
        setStaff(a.data.items.filter((s) => s.status === 'active').map((s) => ({ id: s.userId, label: s.name }))),
    );
    void call('tickets.catalog', { limit: 100 }).then(
      (a) => a.ok && setCategories(a.data.items.map((c) => ({ id: c.id, label: c.name, skill: c.skill }))),
    );
  }, []);
  return { teams, staff, categories };
};
