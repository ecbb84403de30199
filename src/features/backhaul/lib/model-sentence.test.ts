// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { modelSentence, windowNote } from './model-sentence';

const formatDate = (day: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));
const base = { backhaul_evaluation_attribution_window: 14, email_sent_date: '2026-06-01' };

describe('modelSentence', () => {
  it('says what each model counts, the window and the e-mail date', () => {
    expect(modelSentence({ ...base, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE' }, { formatDate }))
      .toBe('Purchases of events in this package within 14 days after the e-mail sent on 1 June 2026.');
    expect(modelSentence({ ...base, backhaul_evaluation_model: 'EVENT_SERIES' }, { formatDate }))
      .toBe("Purchases of events in the same series as this package's events within 14 days after the e-mail sent on 1 June 2026.");
    expect(modelSentence({ ...base, backhaul_evaluation_model: 'ALL_PURCHASES' }, { formatDate }))
      .toBe("All purchases by the e-mail's recipients, for any event, within 14 days after the e-mail sent on 1 June 2026.");
  });

  it('one day is singular', () => {
    expect(modelSentence({ ...base, backhaul_evaluation_attribution_window: 1, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE' }, { formatDate }))
      .toContain('within 1 day after');
  });

  it('without a date (partner defaults) and with missing or unknown values it still reads well', () => {
    expect(modelSentence({ backhaul_evaluation_attribution_window: 30, backhaul_evaluation_model: 'EVENT_SERIES', email_sent_date: null }))
      .toBe("Purchases of events in the same series as this package's events within 30 days after the e-mail was sent.");
    expect(modelSentence({ backhaul_evaluation_attribution_window: null, backhaul_evaluation_model: 'LAST_TOUCH', email_sent_date: null }))
      .toBe('Purchases counted by the “LAST_TOUCH” model within the attribution window after the e-mail was sent.');
    expect(modelSentence({ backhaul_evaluation_attribution_window: 7, backhaul_evaluation_model: null, email_sent_date: null }))
      .toBe('Purchases within 7 days after the e-mail was sent.');
  });

  it('uses the shared day formatter by default', () => {
    expect(modelSentence({ ...base, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE' })).toMatch(/2026\.$/);
  });
});

describe('windowNote', () => {
  const settings = { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE', email_sent_date: '2026-06-01' } as const;
  it('a 14-day window from 1 June counts 1–14 June: open until its last day', () => {
    expect(windowNote(settings, '2026-06-10', '2026-06-10')).toEqual({ kind: 'open', lastDay: '2026-06-14' });
    expect(windowNote(settings, '2026-06-14', '2026-06-14')).toEqual({ kind: 'open', lastDay: '2026-06-14' });
  });
  it('closed: complete if evaluated after the last day, else says it was computed early', () => {
    expect(windowNote(settings, '2026-06-15', '2026-06-15')).toBeNull();
    expect(windowNote(settings, '2026-07-01', '2026-06-14')).toEqual({ kind: 'evaluated-early', lastDay: '2026-06-14', evaluatedDay: '2026-06-14' });
    expect(windowNote(settings, '2026-07-01', null)).toBeNull();
  });
  it('is null when the date or the window is unknown', () => {
    expect(windowNote({ ...settings, email_sent_date: null }, '2026-06-10', null)).toBeNull();
    expect(windowNote({ ...settings, backhaul_evaluation_attribution_window: null }, '2026-06-10', null)).toBeNull();
  });
});
