import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { env } from '@/config/env';
import { LifecycleBadge } from '@/components/event/lifecycle-badge';
import { shownClientStatus } from '@/components/event/status-labels';
import { formatDateTime, formatNumber } from '@/lib/format';
import { categoryLabel } from '@/lib/humanize';
import type { Event } from '@/lib/schemas/event';
import type { EventSort } from '../api/list-query';
import { campaignStatusLabel, clientStatusLabel, onOffLabel } from '../lib/labels';
import { BenchmarkCell } from './benchmark-cell';
import { EventStart } from './event-start';
import { FrontendStatusActions } from './frontend-status-actions';
import { StatusPill } from './status-pill';

/** One column of an events table: header, cell, and the sorts it reflects (for aria-sort). */
export interface EventColumn {
  id: string;
  header: string;
  numeric?: boolean;
  cell: (event: Event, hrefFor: (e: Event) => string) => ReactNode;
  sorts?: Partial<Record<EventSort, 'ascending' | 'descending'>>;
}

const titleCell = (withBadge: boolean) => (e: Event, hrefFor: (e: Event) => string) => (
  <span className="events-table__title">
    <Link to={hrefFor(e)}>{e.title}</Link>
    <LifecycleBadge status={e.status} />
    {withBadge && e.frontend_status === 'FLAGGED' && <span className="badge badge--flag"><span aria-hidden="true">⚑</span> Flagged</span>}
  </span>
);

/** Title with a "Flagged" badge (tables without the flag button). */
const title: EventColumn = { id: 'title', header: 'Event', sorts: { title: 'ascending' }, cell: titleCell(true) };
/** Title alone: the flag button in the same row shows the state. */
const titleOnly: EventColumn = { ...title, cell: titleCell(false) };

const date: EventColumn = {
  id: 'date',
  header: 'Date',
  sorts: { start_date_time: 'ascending', '-start_date_time': 'descending' },
  cell: (e) => <EventStart start={e.start_date_time} />,
};

/** City, then venue · hall. */
const place: EventColumn = {
  id: 'place',
  header: 'City · venue / hall',
  cell: (e) => (
    <span className="events-table__place">
      <span>{e.city ?? '—'}</span>
      <span className="muted">{[e.venue_name, e.hall_name].filter(Boolean).join(' · ') || '—'}</span>
    </span>
  ),
};

const category: EventColumn = { id: 'category', header: 'Category', cell: (e) => categoryLabel(e.category) };

const capacity: EventColumn = {
  id: 'capacity', header: 'Capacity', numeric: true, sorts: { '-capacity': 'descending' }, cell: (e) => formatNumber(e.capacity),
};

const benchmark: EventColumn = {
  id: 'benchmark', header: 'Demand vs benchmark', sorts: { benchmark_gap: 'ascending' }, cell: (e) => <BenchmarkCell event={e} />,
};

const campaignPill = (e: Event) => <StatusPill value={e.campaign_status} label={campaignStatusLabel(e.campaign_status)} />;
const campaignStatus: EventColumn = { id: 'campaign', header: 'Campaign', cell: campaignPill };

/**
 * The campaign's status, and "Delivery paused" under it when Wave has paused its ads: a "Running"
 * campaign whose ads are not out must not read as promoted (tables without a Delivery column).
 */
const campaignWithDelivery: EventColumn = {
  ...campaignStatus,
  cell: (e) => (
    <span className="events-table__campaign">
      {campaignPill(e)}
      {shownClientStatus(e) === 'PAUSED' && <StatusPill value="PAUSED" label="Delivery paused" />}
    </span>
  ),
};

const flag: EventColumn = {
  id: 'flag', header: 'Flag / hide',
  cell: (e) => <FrontendStatusActions event={e} context={formatDateTime(e.start_date_time, env.partnerTimeZone)} />,
};

const clientStatus: EventColumn = {
  id: 'client', header: 'Delivery', cell: (e) => <StatusPill value={shownClientStatus(e)} label={clientStatusLabel(shownClientStatus(e))} />,
};

const optimisation: EventColumn = {
  id: 'optimisation',
  header: 'Optimisation',
  cell: (e) => (
    <span className="events-table__optimisation">
      {/* named as the campaign page's switches: "Campaign" alone read as the campaign's status */}
      <span>Campaign level: {onOffLabel(e.campaign_optimisation_status)}</span>
      <span>Ad level: {onOffLabel(e.ad_campaign_optimisation_status)}</span>
    </span>
  ),
};

/** "None" beside "Running" reads as a contradiction unless it says why: Wave paused the ads. */
const active: EventColumn = {
  id: 'active',
  header: 'Active campaigns',
  cell: (e) => (e.has_active_campaigns
    ? <StatusPill value="active" label="Active" />
    : <span className="muted">{shownClientStatus(e) === 'PAUSED' ? 'None while paused' : 'None'}</span>),
};

/** The Lookout events list. */
export const EVENT_LIST_COLUMNS: readonly EventColumn[] = [titleOnly, date, place, category, capacity, benchmark, campaignWithDelivery, flag];

/** The Wave list: the same table framed around campaigns. */
export const CAMPAIGN_LIST_COLUMNS: readonly EventColumn[] = [title, date, place, benchmark, campaignStatus, clientStatus, optimisation, active];

/** The overview's next-14-days table. */
export const UPCOMING_COLUMNS: readonly EventColumn[] = [title, date, place, benchmark, campaignWithDelivery];
