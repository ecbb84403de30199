/**
 * Attribution (contract §5.1): campaign results, the attribution model per event, and the daily
 * revenue summary whose `manual_adjustments` overlay shows the campaign results. Decisions [ours]:
 * `partner_id` may be omitted (the header's partner is used) but a different one is a 403;
 * `manual_adjustments` lists every campaign result row of the event (automated and manual);
 * the summary answers in the event's currency whatever `currency` asks for.
 */
import { http } from 'msw';
import { ATTRIBUTION_MODELS, addCampaignResult, attributionModel, campaignResults, deleteCampaignResult, setAttributionModel, type AttributionModel } from '../db/campaign-results';
import { dailySummary } from '../db/daily-sales';
import { parseDay } from '../db/dates';
import { findRecord } from '../db/events';
import { partnerCurrency } from '../db/partners';
import { MAIN, apiError, json, noContent, notFound, validationError, type ValidationErrorBody } from './http';
import { eventRoute, jsonBody, route } from './events';

const foreignPartner = (url: URL, partnerId: string) => {
  const asked = url.searchParams.get('partner_id');
  return asked !== null && asked !== '' && asked !== partnerId;
};
const forbidden = () => apiError(403, 'error.auth.partner_forbidden');

export const attributionHandlers = [
  http.get(`${MAIN}/campaign_results/`, route(true, ({ partnerId, url }) => {
    if (foreignPartner(url, partnerId)) return forbidden();
    const eid = url.searchParams.get('eid') || undefined;
    if (eid !== undefined && !findRecord(partnerId, eid)) return notFound('event');
    return json(campaignResults(partnerId, eid));
  })),

  http.post(`${MAIN}/campaign_results/`, route(true, ({ partnerId, url }) => {
    if (foreignPartner(url, partnerId)) return forbidden();
    const sp = url.searchParams;
    const eid = sp.get('eid') ?? '';
    const purchase = sp.get('purchase') ?? '';
    const revenue = sp.get('revenue') ?? '';
    const errors: ValidationErrorBody[] = [];
    if (!eid) errors.push({ code: 'required', field: 'eid' });
    if (!/^\d+$/.test(purchase)) errors.push({ code: 'invalid_non_negative_integer', field: 'purchase' });
    const amount = revenue.trim() === '' ? Number.NaN : Number(revenue);
    if (!Number.isFinite(amount) || amount < 0) errors.push({ code: 'invalid_non_negative_number', field: 'revenue' });
    if (errors.length) return validationError(errors);
    const row = addCampaignResult(partnerId, eid, Number(purchase), amount);
    return row ? json(row, 201) : notFound('event');
  })),

  http.delete(`${MAIN}/campaign_results/`, route(true, ({ partnerId, url }) => {
    const id = url.searchParams.get('id');
    if (!id) return validationError([{ code: 'required', field: 'id' }]);
    return deleteCampaignResult(partnerId, id) ? noContent() : notFound('campaign_result');
  })),

  http.get(`${MAIN}/events/:eid/attribution_model`, eventRoute(({ partnerId, eid }) => json({ model: attributionModel(partnerId, eid) }))),
  http.put(`${MAIN}/events/:eid/attribution_model`, eventRoute(async ({ partnerId, eid, request }) => {
    const model = (await jsonBody(request))?.model;
    if (typeof model !== 'string' || !(ATTRIBUTION_MODELS as readonly string[]).includes(model)) {
      return validationError([{ code: 'invalid_choice', field: 'model', message: ATTRIBUTION_MODELS.join(', ') }]);
    }
    setAttributionModel(partnerId, eid, model as AttributionModel);
    return json({ model });
  })),

  http.get(`${MAIN}/daily_revenue_summary/`, route(true, ({ partnerId, url }) => {
    const sp = url.searchParams;
    const eid = sp.get('event_id') ?? '';
    const errors: ValidationErrorBody[] = eid ? [] : [{ code: 'required', field: 'event_id' }];
    const dates: Record<string, string | undefined> = {};
    for (const field of ['start_date', 'end_date']) {
      const raw = sp.get(field);
      if (raw === null || raw === '') continue;
      if (parseDay(raw) === null) errors.push({ code: 'invalid_date', field, message: 'Expected YYYY-MM-DD' });
      else dates[field] = raw;
    }
    if (errors.length) return validationError(errors);
    const rec = findRecord(partnerId, eid);
    if (!rec) return notFound('event');
    return json({
      currency: rec.row.currency ?? partnerCurrency(partnerId),
      days: dailySummary(partnerId, eid, dates.start_date, dates.end_date),
      manual_adjustments: campaignResults(partnerId, eid),
    });
  })),
];
