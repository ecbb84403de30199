import { faultHandler } from '../scenarios/faults';
import { authHandlers } from './auth';
import { backhaulHandlers } from './backhaul';

/** The one handler set: browser worker, Vitest's setupServer and the standalone server. */
export const handlers = [faultHandler, ...authHandlers, ...backhaulHandlers];
