import { lazy, Suspense, useState } from 'react';
import { unsavedWork } from '@/components/ui/unsaved-work';
import { usePopover } from '@/components/ui/use-popover';
import { session } from '@/lib/api';
import { PartnerName, usePartnerName } from '../lib/partner-name';
import { useSession } from '../lib/use-session';

// the shell is on every page's first paint; the dialog is needed only when a switch would lose work
const ConfirmDialog = lazy(() => import('@/components/ui/confirm-dialog').then((m) => ({ default: m.ConfirmDialog })));

/**
 * Partner name, and a switcher when the user has several. Switching clears all cached data (see
 * app). A button opens the list of partners and a second press picks one: unlike a native select,
 * whose arrow keys change the value on their own, no key press switches the whole dashboard by
 * accident. Work the switch would lose (an upload, unsaved edits: unsavedWork) is named first.
 */
export function PartnerSwitcher({ onSwitch }: { onSwitch: (partnerId: string) => void }) {
  const current = useSession();
  const partnerId = current?.partnerId ?? '';
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  const name = usePartnerName(partnerId);
  const [asking, setAsking] = useState<{ to: string; reasons: readonly string[] } | null>(null);
  if (!current || !partnerId) return null;
  if (current.partnerIds.length < 2) return <span className="partner-name" data-testid="partner-name">{name}</span>;

  const switchTo = (p: string) => {
    setAsking(null);
    session.selectPartner(p);
    onSwitch(p);
  };
  const choose = (p: string) => {
    setOpen(false);
    if (p === partnerId) return;
    const reasons = unsavedWork.reasons();
    if (reasons.length > 0) setAsking({ to: p, reasons });
    else switchTo(p);
  };
  return (
    <div className="partner-switcher" ref={ref}>
      <button type="button" className="partner-switcher__trigger" aria-label={`Partner: ${name}`} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span className="partner-switcher__name">{name}</span>
      </button>
      {open && (
        <div className="header-popover" role="group" aria-label="Switch partner">
          <ul>
            {current.partnerIds.map((p) => (
              <li key={p}>
                <button type="button" className="partner-switcher__option" aria-current={p === partnerId ? 'true' : undefined} onClick={() => choose(p)}>
                  {/* the others' names are read once the list is open */}
                  <PartnerName partnerId={p} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {asking && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            title="Switch partner now?"
            confirmLabel="Switch partner"
            cancelLabel="Stay"
            onConfirm={() => switchTo(asking.to)}
            onCancel={() => setAsking(null)}
          >
            <p>You are switching to <PartnerName partnerId={asking.to} />. Everything on this page is closed:</p>
            <ul>{asking.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
          </ConfirmDialog>
        </Suspense>
      )}
    </div>
  );
}
