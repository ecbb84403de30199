import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';

async function start() {
  if (__MOCKS__) {
    // The only place src touches mocks: a dynamic import, so production bundles carry none of it.
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing in index.html');
  createRoot(root).render(<StrictMode><App /></StrictMode>);
}

void start();
