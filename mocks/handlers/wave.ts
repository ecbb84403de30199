/**
 * Wave (campaigns) for an event: campaigns, taste clusters, suggestions, defaults, the client
 * campaign status with its task, optimisation toggles, init/reset; and /campaigns/statistics.
 */
import { http } from 'msw';
import { campaignTask, initCampaignsSetup, resetCampaignsSetup, setClientCampaignStatus } from '../db/campaign-writes';
import { GOALS, clustersOf, defaultBudget, defaultCampaignParameters, suggestedTcs, type Goal } from '../db/clusters';
import { campaignStatistics } from '../db/event-stats';
import { campaignsOf } from '../db/events';
import { MAIN, apiError, json, noContent, notFound, numberParam, paginate, validationError, type ValidationErrorBody } from './http';
import { eventRoute, route } from './events';

const toggle = (field: 'campaign_optimisation_status' | 'ad_campaign_optimisation_status') =>
  eventRoute(({ url, record }) => {
    const value = url.searchParams.get(field);
    if (value !== 'ON' && value !== 'OFF') return validationError([{ code: 'invalid_choice', field, message: 'ON or OFF' }]);
    record.row[field] = value;
    return noContent();
  });

export const waveHandlers = [
  http.get(`${MAIN}/campaigns/statistics`, route(false, ({ partnerId }) => json(campaignStatistics(partnerId)))),

  http.get(`${MAIN}/events/:eid/campaigns`, eventRoute(({ partnerId, eid, url }) => json(paginate(campaignsOf(partnerId, eid), url)))),
  http.get(`${MAIN}/events/:eid/clusters`, eventRoute(({ partnerId, eid }) => json(clustersOf(partnerId, eid)))),

  http.get(`${MAIN}/events/:eid/suggested_tcs`, eventRoute(({ partnerId, eid, url, record }) => {
    const budget = numberParam(url, 'budget');
    const goal = url.searchParams.get('goal') || 'UTILIZATION';
    const errors: ValidationErrorBody[] = [];
    if (budget === 'invalid' || (budget !== undefined && budget < 0)) errors.push({ code: 'invalid_non_negative_number', field: 'budget' });
    if (!(GOALS as readonly string[]).includes(goal)) errors.push({ code: 'invalid_choice', field: 'goal', message: GOALS.join(', ') });
    if (errors.length) return validationError(errors);
    const amount = typeof budget === 'number' ? budget : defaultBudget(record.row.capacity ?? record.meta.capacity0);
    return json(suggestedTcs(partnerId, eid, amount, goal as Goal));
  })),

  http.get(`${MAIN}/events/:eid/default_campaigns_parameters`, eventRoute(({ partnerId, eid }) => json(defaultCampaignParameters(partnerId, eid)))),

  http.put(`${MAIN}/events/:eid/client_campaign_status`, eventRoute(({ partnerId, eid, url }) => {
    const status = url.searchParams.get('client_campaign_status');
    if (status !== 'RUNNING' && status !== 'PAUSED') {
      return validationError([{ code: 'invalid_choice', field: 'client_campaign_status', message: 'RUNNING or PAUSED' }]);
    }
    const result = setClientCampaignStatus(partnerId, eid, status);
    if (result === 'event_in_past') return apiError(422, 'error.campaign.event_in_past');
    if (result === 'event_cancelled') return apiError(422, 'error.campaign.event_cancelled');
    return noContent();
  })),

  http.get(`${MAIN}/events/:eid/client_campaign_status/task`, eventRoute(({ partnerId, eid }) => {
    const task = campaignTask(partnerId, eid);
    return task ? json({ state: task.state }) : notFound('task');
  })),

  http.put(`${MAIN}/events/:eid/campaign_optimisation_status`, toggle('campaign_optimisation_status')),
  http.put(`${MAIN}/events/:eid/ad_campaign_optimisation_status`, toggle('ad_campaign_optimisation_status')),

  http.put(`${MAIN}/events/:eid/init_campaigns_setup`, eventRoute(({ partnerId, eid }) => {
    initCampaignsSetup(partnerId, eid);
    return noContent();
  })),
  http.put(`${MAIN}/events/:eid/reset_campaigns_setup`, eventRoute(({ partnerId, eid }) => {
    resetCampaignsSetup(partnerId, eid);
    return noContent();
  })),
];
