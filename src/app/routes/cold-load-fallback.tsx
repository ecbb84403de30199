import { useEffect, useState } from 'react';

/** A cold load that takes longer than this says it is loading; a normal one has drawn its page by then. */
export const SHOW_AFTER_MS = 1500;
/** …and this long, that it is slow. */
export const SLOW_AFTER_MS = 8000;

const MESSAGES = {
  quiet: '',
  loading: 'Loading the dashboard…',
  slow: 'Still loading: this is taking longer than usual. The page appears, or says what went wrong, as soon as the server answers.',
};

/**
 * Shown while the first page's code and data load on a cold start (a direct link or a reload).
 * For the first moments it draws nothing: an earlier paint of a shell cost more blocking time than
 * it gained on a normal load (bench/FINDINGS.md 0.4). Only a slow load (a hung or retried read)
 * gets words, in a status region that is there, empty, from the start, so it is announced.
 */
export function ColdLoadFallback() {
  const [stage, setStage] = useState<keyof typeof MESSAGES>('quiet');
  useEffect(() => {
    const loading = setTimeout(() => setStage('loading'), SHOW_AFTER_MS);
    const slow = setTimeout(() => setStage('slow'), SLOW_AFTER_MS);
    return () => { clearTimeout(loading); clearTimeout(slow); };
  }, []);
  return (
    <main className="cold-load">
      {stage !== 'quiet' && <div className="shell__progress" role="progressbar" aria-label="Loading the page" />}
      <p role="status" className="cold-load__message">{MESSAGES[stage]}</p>
    </main>
  );
}
