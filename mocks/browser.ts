import { setupWorker } from 'msw/browser';
import { handlers } from './handlers/index';
import { configureMock } from './db/store';

/** The in-browser demo: same handlers, plus a little latency so loading states are real. */
export async function startMockWorker(): Promise<void> {
  configureMock({ latency: [80, 300] });
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: (request, print) => {
      const { pathname } = new URL(request.url);
      if (pathname.startsWith('/api/') || pathname.startsWith('/cr-api/')) print.error();
    },
    quiet: true,
  });
}
