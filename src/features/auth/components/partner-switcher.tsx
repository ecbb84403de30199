import { useAskBeforeLosingWork } from '@/components/ui/ask-before-losing-work';
import { usePopover } from '@/components/ui/use-popover';
import { session } from '@/lib/api';
import { PartnerName, usePartnerName } from '../lib/partner-name';
import { useSession } from '@/lib/use-session';

/**
 * Partner name, and a switcher when the user has several. Switching clears all cached data (see
 * app). A button opens the list of partners and a second press picks one: unlike a native select,
 * whose arrow keys change the value on their own, no key press switches the whole dashboard by
 * accident. Work the switch would lose (an upload, unsaved edits) is named first.
 */
export function PartnerSwitcher({ onSwitch }: { onSwitch: (partnerId: string) => void }) {
  const current = useSession();
  const partnerId = current?.partnerId ?? '';
  const { open, setOpen, closeToTrigger, ref } = usePopover<HTMLDivElement>();
  const name = usePartnerName(partnerId);
  const ask = useAskBeforeLosingWork();
  if (!current || !partnerId) return null;
  if (current.partnerIds.length < 2) return <span className="partner-name" data-testid="partner-name">{name}</span>;

  const choose = (p: string) => {
    closeToTrigger();
    if (p === partnerId) return;
    ask.run(() => { session.selectPartner(p); onSwitch(p); }, {
      title: 'Switch partner now?',
      confirmLabel: 'Switch partner',
      intro: <>You are switching to <PartnerName partnerId={p} />. Everything on this page is closed:</>,
    });
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
      {ask.dialog}
    </div>
  );
}
