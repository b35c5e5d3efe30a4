import { useStore } from 'zustand';
import type { VisitProjectLink } from '@core/projects/project-actions';
import { call, type Transport } from '../services/transport';
import { createKeyedStore } from './create-keyed-store';

/** The lead and project a visit became (projects.forVisit), per visit: small, for the visit pages of both packages. */
export const makeVisitProjectLinks = (transport: Transport) =>
  createKeyedStore<VisitProjectLink>((visitId) => transport('projects.forVisit', { visitId }));

export const visitProjectLinks = makeVisitProjectLinks(call);
export const useVisitProjectLinks = () => useStore(visitProjectLinks);
