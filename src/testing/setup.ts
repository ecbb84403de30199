import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Under a loaded CI machine (2 shared cores) a lazy page's first import and a 50-row table can take
// seconds in jsdom; findBy/waitFor wait up to 5 s for what must appear (they still fail when it does not).
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // node-environment tests (pure logic, mocks) have no web storage
  if (typeof window !== 'undefined') {
    window.sessionStorage.clear();
    window.localStorage.clear();
  }
});
