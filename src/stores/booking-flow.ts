import { useStore } from 'zustand';
import { taroStorage } from '../services/local-storage';
import { newRequestId } from '../services/request-id';
import { call } from '../services/transport';
import { createBookingFlow } from './booking-flow-store';

/** The app's one booking form; its draft outlives the page. */
export const bookingFlow = createBookingFlow(call, taroStorage, newRequestId);
export const useBookingFlow = () => useStore(bookingFlow);
