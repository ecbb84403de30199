// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-errors';
import { formatDay } from '@/lib/format';
import { asPackageSettingsInput, emailDateRange, formValuesFrom, MESSAGES, serverFieldErrors, validateSettingsForm, type SettingsFormValues } from './settings-form';

const ok: SettingsFormValues = { window: '14', model: 'EVENTS_FROM_PACKAGE', emailSentDate: '2026-06-01' };
const TODAY = '2026-12-04';
const pkg = { dateRequired: true, today: TODAY };
const defaults = { dateRequired: false, today: TODAY };

describe('validateSettingsForm', () => {
  it('builds the request body from valid input', () => {
    expect(validateSettingsForm(ok, pkg)).toEqual({
      ok: true,
      value: { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE', email_sent_date: '2026-06-01' },
    });
    expect(validateSettingsForm({ ...ok, window: ' 365 ' }, pkg)).toMatchObject({ ok: true, value: { backhaul_evaluation_attribution_window: 365 } });
    expect(validateSettingsForm({ ...ok, window: '1' }, pkg).ok).toBe(true);
  });

  it.each([
    ['0', MESSAGES.windowRange],
    ['366', MESSAGES.windowRange],
    ['400', MESSAGES.windowRange],
    ['', MESSAGES.windowRequired],
    ['   ', MESSAGES.windowRequired],
    ['14.5', MESSAGES.windowWhole],
    ['-3', MESSAGES.windowRange],
    ['1e2', MESSAGES.windowWhole],
    ['two weeks', MESSAGES.windowWhole],
  ])('window %j → %s', (window, message) => {
    expect(validateSettingsForm({ ...ok, window }, pkg)).toEqual({ ok: false, errors: { window: message } });
  });

  it('a field the browser could not read (a date without its year, letters in the number) is an error, not empty', () => {
    expect(validateSettingsForm({ ...ok, emailSentDate: '' }, defaults, new Set(['emailSentDate']))).toEqual({ ok: false, errors: { emailSentDate: MESSAGES.dateInvalid } });
    expect(validateSettingsForm({ ...ok, window: '' }, pkg, new Set(['window']))).toEqual({ ok: false, errors: { window: MESSAGES.windowWhole } });
  });

  it('model must be one of the three', () => {
    expect(validateSettingsForm({ ...ok, model: '' }, pkg)).toEqual({ ok: false, errors: { model: MESSAGES.modelRequired } });
  });

  it('the date is required for a package, optional for partner defaults, and must be a real day', () => {
    expect(validateSettingsForm({ ...ok, emailSentDate: '' }, pkg)).toEqual({ ok: false, errors: { emailSentDate: MESSAGES.dateRequired } });
    expect(validateSettingsForm({ ...ok, emailSentDate: '' }, defaults)).toEqual({
      ok: true, value: { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE' },
    });
    expect(validateSettingsForm({ ...ok, emailSentDate: '2026-02-30' }, defaults)).toEqual({ ok: false, errors: { emailSentDate: MESSAGES.dateInvalid } });
    expect(validateSettingsForm({ ...ok, emailSentDate: '1.6.2026' }, pkg)).toEqual({ ok: false, errors: { emailSentDate: MESSAGES.dateInvalid } });
  });

  it('the date is today at the latest, and at most ten years back (a mistyped year)', () => {
    expect(validateSettingsForm({ ...ok, emailSentDate: TODAY }, pkg).ok).toBe(true);
    expect(validateSettingsForm({ ...ok, emailSentDate: '2016-12-04' }, pkg).ok).toBe(true);
    expect(validateSettingsForm({ ...ok, emailSentDate: '2026-12-05' }, pkg)).toEqual({ ok: false, errors: { emailSentDate: MESSAGES.dateFuture(TODAY) } });
    expect(MESSAGES.dateFuture(TODAY)).toBe(`The e-mail cannot have gone out after today (${formatDay(TODAY)}).`);
    for (const day of ['2016-12-03', '1900-01-01', '0202-06-01']) {
      expect(validateSettingsForm({ ...ok, emailSentDate: day }, defaults)).toEqual({ ok: false, errors: { emailSentDate: MESSAGES.dateTooOld('2016-12-04') } });
    }
    expect(MESSAGES.dateTooOld('2016-12-04')).toBe(`Enter a date in the last 10 years (from ${formatDay('2016-12-04')}); is the year right?`);
    // 29 February, ten years back or one ahead, is 28 February
    expect(emailDateRange('2028-02-29')).toEqual({ earliest: '2018-02-28', latest: '2028-02-29' });
    expect(emailDateRange('2028-02-29', null, true)).toEqual({ earliest: '2018-02-28', latest: '2029-02-28' });
    expect(emailDateRange('2026-12-07', '2026-11-20', true)).toEqual({ earliest: '2026-11-20', latest: '2027-12-07' });
  });

  it('for a package, the date is not before the day it was created', () => {
    const created = { ...pkg, packageCreated: '2026-11-20' };
    expect(validateSettingsForm({ ...ok, emailSentDate: '2026-11-20' }, created).ok).toBe(true);
    for (const day of ['2026-11-19', '2020-01-01']) {
      expect(validateSettingsForm({ ...ok, emailSentDate: day }, created)).toEqual({ ok: false, errors: { emailSentDate: MESSAGES.dateBeforePackage('2026-11-20') } });
    }
    expect(MESSAGES.dateBeforePackage('2026-11-20')).toBe(`The e-mail cannot have gone out before the package was created (${formatDay('2026-11-20')}).`);
    expect(emailDateRange(TODAY, '2026-11-20')).toEqual({ earliest: '2026-11-20', latest: TODAY });
    // a package older than ten years (or of unknown age) keeps the ten-year rule
    expect(emailDateRange(TODAY, '2001-01-01').earliest).toBe('2016-12-04');
    expect(validateSettingsForm({ ...ok, emailSentDate: '2010-01-01' }, { ...pkg, packageCreated: null })).toEqual({ ok: false, errors: { emailSentDate: MESSAGES.dateTooOld('2016-12-04') } });
  });

  it('reports every invalid field at once', () => {
    const r = validateSettingsForm({ window: '0', model: '', emailSentDate: '' }, pkg);
    expect(r.ok ? [] : Object.keys(r.errors)).toEqual(['window', 'model', 'emailSentDate']);
  });
});

describe('formValuesFrom / asPackageSettingsInput', () => {
  it('stored settings become form strings; unknown models leave the choice empty', () => {
    expect(formValuesFrom({ backhaul_evaluation_attribution_window: 30, backhaul_evaluation_model: 'EVENT_SERIES', email_sent_date: null }))
      .toEqual({ window: '30', model: 'EVENT_SERIES', emailSentDate: '' });
    expect(formValuesFrom({ backhaul_evaluation_attribution_window: null, backhaul_evaluation_model: 'NEW', email_sent_date: '2026-01-02' }))
      .toEqual({ window: '', model: '', emailSentDate: '2026-01-02' });
    expect(formValuesFrom(undefined)).toEqual({ window: '', model: '', emailSentDate: '' });
  });

  it('only complete, valid settings can be PUT', () => {
    const full = { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'ALL_PURCHASES', email_sent_date: '2026-06-01' };
    expect(asPackageSettingsInput(full)).toEqual(full);
    expect(asPackageSettingsInput({ ...full, email_sent_date: null })).toBeNull();
    expect(asPackageSettingsInput({ ...full, backhaul_evaluation_attribution_window: 0 })).toBeNull();
    expect(asPackageSettingsInput({ ...full, backhaul_evaluation_model: 'OTHER' })).toBeNull();
  });
});

describe('serverFieldErrors', () => {
  it('places validation_errors next to the matching fields; others stay visible', () => {
    const error = new ApiError({
      status: 400,
      validationErrors: [
        { code: 'out_of_range', field: 'backhaul_evaluation_attribution_window', message: 'Between 1 and 365 days' },
        { code: 'invalid_date', field: 'email_sent_date' },
        { code: 'too_late', field: 'email_sent_date', message: 'after the package expired' },
        { code: 'locked', field: 'package', message: 'Package is locked' },
        { code: 'weird' },
      ],
    });
    expect(serverFieldErrors(error)).toEqual({
      fields: { window: MESSAGES.windowRange, emailSentDate: MESSAGES.dateInvalid },
      other: ['package: Not accepted: Package is locked', 'Not accepted (weird).'],
    });
  });

  it('unknown codes on a known field show the server message', () => {
    const error = new ApiError({ status: 422, validationErrors: [{ code: 'too_late', field: 'email_sent_date', message: 'after the package expired' }] });
    expect(serverFieldErrors(error).fields).toEqual({ emailSentDate: 'Not accepted: after the package expired' });
  });

  it('too_early (before the package was created) reads like the form’s own check', () => {
    const error = new ApiError({ status: 400, validationErrors: [{ code: 'too_early', field: 'email_sent_date', message: 'Not before the package was created (2026-11-19)' }] });
    expect(serverFieldErrors(error).fields).toEqual({ emailSentDate: 'The e-mail cannot have gone out before the package was created.' });
  });

  it('non-validation errors give nothing per field', () => {
    expect(serverFieldErrors(new ApiError({ status: 500 }))).toEqual({ fields: {}, other: [] });
    expect(serverFieldErrors(new Error('x'))).toEqual({ fields: {}, other: [] });
  });
});
