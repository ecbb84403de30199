import { session } from '@/lib/api';
import { PartnerName } from '../lib/partner-name';

/** Shown after sign-in when the IdToken lists several partners and none is remembered; each is named by its own `GET /partners/`. */
export function PartnerPicker({ partnerIds }: { partnerIds: string[] }) {
  return (
    <main className="sign-in">
      <section className="card sign-in__card" aria-labelledby="pick-partner">
        <h1 id="pick-partner" className="sign-in__title">Choose a partner</h1>
        {partnerIds.length === 0 ? (
          <>
            <p>Your account is not linked to any partner yet. Ask your Future Demand contact to add you.</p>
            <button className="button" type="button" onClick={() => session.signOut()}>Sign out</button>
          </>
        ) : (
          <>
            <p className="muted">Your account can see several partners. You can switch later from the header.</p>
            <ul className="stack">
              {partnerIds.map((id) => (
                <li key={id}>
                  <button className="button button--block" type="button" onClick={() => session.selectPartner(id)}><PartnerName partnerId={id} /></button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </main>
  );
}
