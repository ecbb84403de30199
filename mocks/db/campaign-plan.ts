/**
 * An event's campaign history, decided at generation so the row's campaign fields
 * (campaign_status, client_campaign_status, has_active_campaigns) agree with its campaigns.
 */
import type { Rng } from '../lib/rng';
import { clamp, isoDay, round2 } from './dates';
import type { CampaignRow, Category } from './event-types';

export interface CampaignPlanInput {
  id: string;
  title: string;
  city: string;
  venue: string;
  category: Category;
  onSaleDay: number;
  eventDay: number;
  today: number;
  past: boolean;
  cancelled: boolean;
  capacity: number;
  clusterKeys: string[];
  tcRunId: number;
}

export interface CampaignPlan {
  campaignStatus: 'RUNNING' | 'OPEN' | 'CLOSED' | 'IGNORED';
  clientStatus: 'RUNNING' | 'PAUSED' | null;
  campaigns: CampaignRow[];
}

const HEADLINES = ['{title} live in {city}', 'Tickets sichern: {title}', 'Nur noch wenige Plätze: {title}', '{title} – sei dabei!'];
const BODIES = [
  'Erlebe {title} am {date} in der {venue}. Jetzt Tickets sichern!',
  '{venue}, {date}: {title}. Die besten Plätze gehen zuerst.',
  'Dein Abend in {city}: {title}. Tickets ab sofort erhältlich.',
];

const fill = (template: string, input: CampaignPlanInput) => {
  const [y, m, d] = isoDay(input.eventDay).split('-');
  return template.replace('{title}', input.title).replace('{city}', input.city).replace('{venue}', input.venue).replace('{date}', `${d}.${m}.${y}`);
};

function campaign(rng: Rng, input: CampaignPlanInput, i: number, launch: number, status: string): CampaignRow {
  const budget = Math.round(clamp(input.capacity * rng.float(0.08, 0.35), 300, 25_000) / 100) * 100;
  const length = Math.max(1, input.eventDay - launch);
  const elapsed = clamp((input.today - launch) / length, 0, 1);
  const spent = status === 'COMPLETED' ? budget * rng.float(0.88, 1) : status === 'IGNORED' ? 0 : Math.min(budget, budget * elapsed * rng.float(0.9, 1.05));
  return {
    id: `${input.id}_c${i + 1}`,
    eid: input.id,
    tc: input.clusterKeys[i % input.clusterKeys.length] ?? 'general',
    tc_run_id: input.tcRunId,
    status,
    budget,
    spent: round2(spent),
    start_date: isoDay(launch),
    end_date: isoDay(input.eventDay),
    creative: { headline: fill(rng.pick(HEADLINES), input), body: fill(rng.pick(BODIES), input) },
  };
}

/** Launch days: the first some weeks before the event (never before on-sale), then staggered. */
function launches(rng: Rng, input: CampaignPlanInput, first: number, n: number, last: number): number[] {
  const days = [Math.max(input.onSaleDay + 2, first)];
  for (let i = 1; i < n; i++) {
    const next = (days[i - 1] ?? first) + rng.int(5, 15);
    if (next > last) break;
    days.push(next);
  }
  return days;
}

export function planCampaigns(rng: Rng, input: CampaignPlanInput): CampaignPlan {
  const { past, cancelled, today, eventDay, onSaleDay } = input;
  if (cancelled) return { campaignStatus: past ? 'CLOSED' : 'IGNORED', clientStatus: null, campaigns: [] };
  if (past) {
    if (eventDay - onSaleDay < 10 || !rng.chance(0.5)) {
      return { campaignStatus: rng.chance(0.2) ? 'IGNORED' : 'CLOSED', clientStatus: null, campaigns: [] };
    }
    const days = launches(rng, input, eventDay - rng.int(20, 60), rng.int(1, 3), eventDay - 2);
    const campaigns = days.map((d, i) => campaign(rng, input, i, d, i > 0 && rng.chance(0.1) ? 'IGNORED' : 'COMPLETED'));
    return { campaignStatus: 'CLOSED', clientStatus: rng.chance(0.9) ? 'RUNNING' : 'PAUSED', campaigns };
  }
  const r = rng.next();
  const canRun = onSaleDay < today - 3;
  if (canRun && r < (eventDay - today < 60 ? 0.6 : 0.35)) {
    const paused = rng.chance(0.15);
    const days = launches(rng, input, today - rng.int(3, 45), rng.int(1, 3), eventDay - 1);
    const campaigns = days.map((d, i) => campaign(rng, input, i, d, paused ? 'PAUSED' : 'RUNNING'));
    return { campaignStatus: 'RUNNING', clientStatus: paused ? 'PAUSED' : 'RUNNING', campaigns };
  }
  if (r > 0.88) {
    const campaigns = canRun && rng.chance(0.3) ? [campaign(rng, input, 0, today - 1, 'IGNORED')] : [];
    return { campaignStatus: 'IGNORED', clientStatus: null, campaigns };
  }
  return { campaignStatus: 'OPEN', clientStatus: null, campaigns: [] };
}
