import { faultHandler } from '../scenarios/faults';
import { attributionHandlers } from './attribution';
import { authHandlers } from './auth';
import { backhaulHandlers } from './backhaul';
import { salesHandlers } from './sales';
import { eventHandlers } from './events';
import { seriesHandlers } from './series';
import { waveHandlers } from './wave';

/** The one handler set: browser worker, Vitest's setupServer and the standalone server. */
export const handlers = [faultHandler, ...authHandlers, ...eventHandlers, ...seriesHandlers, ...waveHandlers, ...attributionHandlers, ...backhaulHandlers, ...salesHandlers];
