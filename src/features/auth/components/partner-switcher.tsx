import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { session } from '@/lib/api';
import { partnerQueries } from '../api/auth';
import { partnerLabel } from '../lib/partner-label';
import { useSession } from '../lib/use-session';

/** Partner name, and a switcher when the user has several. Switching clears all cached data (see app). */
export function PartnerSwitcher({ onSwitch }: { onSwitch: (partnerId: string) => void }) {
  const current = useSession();
  const id = useId();
  const partnerId = current?.partnerId ?? '';
  const { data } = useQuery({ ...partnerQueries.current(partnerId), enabled: Boolean(partnerId) });
  if (!current || !partnerId) return null;
  const name = data?.id === partnerId ? data.name : partnerLabel(partnerId);
  if (current.partnerIds.length < 2) return <span className="partner-name" data-testid="partner-name">{name}</span>;
  return (
    <div className="partner-switcher">
      <label htmlFor={id} className="visually-hidden">Partner</label>
      <select
        id={id}
        value={partnerId}
        data-testid="partner-select"
        onChange={(e) => {
          session.selectPartner(e.target.value);
          onSwitch(e.target.value);
        }}
      >
        {current.partnerIds.map((p) => (
          <option key={p} value={p}>{p === partnerId ? name : partnerLabel(p)}</option>
        ))}
      </select>
    </div>
  );
}
