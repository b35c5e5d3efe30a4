import { useEffect, useState } from 'react';
import { adminStores, type Option, type TeamOption } from '../../stores/admin-stores';

export type { Option, TeamOption };

/** Pickers' choices: teams, active staff and service categories (each ≤ 100, one read). */
export const useAdminOptions = () => {
  const [teams, setTeams] = useState<TeamOption[]>([]);
  const [staff, setStaff] = useState<Option[]>([]);
  const [categories, setCategories] = useState<(Option & { skill: string })[]>([]);
  useEffect(() => {
    void adminStores.teamOptions().then(setTeams);
    void adminStores.staffOptions().then(setStaff);
    void adminStores.categoryOptions().then(setCategories);
  }, []);
  return { teams, staff, categories };
};
