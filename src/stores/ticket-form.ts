import { useStore } from 'zustand';
import { taroStorage } from '../services/local-storage';
import { newRequestId } from '../services/request-id';
import { call } from '../services/transport';
import { createTicketForm } from './ticket-form-store';

/** The app's one 发起申请 form; its draft outlives the page. */
export const ticketForm = createTicketForm(call, taroStorage, newRequestId);
export const useTicketForm = () => useStore(ticketForm);
