import { faultHandler } from '../scenarios/faults';
import { authHandlers } from './auth';

/** The one handler set: browser worker, Vitest's setupServer and the standalone server. */
export const handlers = [faultHandler, ...authHandlers];
