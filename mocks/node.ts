import { setupServer } from 'msw/node';
import { handlers } from './handlers/index';

/** For Vitest: the same handlers, in process. */
export const server = setupServer(...handlers);
