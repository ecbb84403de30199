import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { useSearchParamsInPlace } from '@/lib/use-search-params-in-place';
import { env } from '@/config/env';
import { usePageFocus } from '@/components/layout/use-focus-on-navigation';
import { defineSearch, field } from '@/lib/search-params';
import { salesQueries } from '@/features/sales/api/queries';
import { EventPicker, type PickerState } from '@/features/sales/components/event-picker';
import { choiceWindow, EVENT_WHEN } from '@/features/sales/lib/event-choices';
import { SalesEventView } from './sales-event-view';
import { ensureSalesEvent, partnerToday } from './sales-loaders';
import '../sales.css';

export const salesSearch = defineSearch({ event: field.text(), q: field.text(), page: field.int(1, { min: 1 }), when: field.oneOf(EVENT_WHEN, 'upcoming') });

export const salesLoader = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  const search = salesSearch.parse(new URL(request.url).searchParams);
  if (search.event) await ensureSalesEvent(queryClient, search.event);
  else void queryClient.prefetchQuery(salesQueries.eventChoices({ q: search.q, page: search.page, ...choiceWindow(search.when, partnerToday()) }));
  return null;
};

/** Searching and paging the picker re-render it (its query fetches); only a new event reruns the loader. */
export function salesShouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const same = currentUrl.pathname === nextUrl.pathname && currentUrl.searchParams.get('event') === nextUrl.searchParams.get('event');
  return same ? false : defaultShouldRevalidate;
}

/** /sales — pick an event, then the same tools as on /events/:eid/sales (?event=…). */
export function SalesPage() {
  const [params, setParams] = useSearchParamsInPlace();
  const search = salesSearch.parse(params);
  const picker: PickerState = { q: search.q, page: search.page, when: search.when };
  const linkTo = (eid: string) => `?${salesSearch.serialize({ ...picker, event: eid }).toString()}`;
  // choosing an event (or another one) is a move to its page: the keyboard goes to its heading
  usePageFocus(search.event ?? '');
  if (search.event) return <ChosenEvent eid={search.event} back={`?${salesSearch.serialize(picker).toString()}`} />;
  return (
    <section className="page sales-page">
      <title>Sales data · Future Demand</title>
      <header className="sales-heading">
        <h1>Sales data</h1>
        <p className="muted">
          Add ticket sales by hand, upload them as a workbook, bulk-edit or clear them, for events without a live ticketing feed. Events from
          today on are listed soonest first; switch to those up to today (most recent first) for sales that came in on or after the day.
          Only active events are listed: hidden, cancelled and archived ones are not.
        </p>
      </header>
      <EventPicker
        state={picker}
        today={partnerToday()}
        timeZone={env.partnerTimeZone}
        onChange={(next) => setParams(salesSearch.serialize(next))}
        linkTo={linkTo}
      />
    </section>
  );
}

function ChosenEvent({ eid, back }: { eid: string; back: string }) {
  return (
    <SalesEventView
      eid={eid}
      breadcrumb={(event) => [{ label: 'Sales data', to: back }, { label: event.title }]}
    >
      <p>
        <Link to={back}>Choose another event</Link> · <Link to={`/events/${encodeURIComponent(eid)}`}>Open the event page</Link>
      </p>
    </SalesEventView>
  );
}
