import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { Modal } from '@/components/ui/modal';
import { isConfirmedLeave, unsavedWork } from '@/components/ui/unsaved-work';

/**
 * While any page has work registered with useUnsavedWork (a form typed but not saved, an upload
 * running), leaving that page asks first: in-app navigation through a dialog naming what would be
 * lost, closing or reloading the tab through the browser's own prompt. Mounted once, around every
 * page (react-router allows one blocker at a time). Let through: a change of the query string on
 * the same page, a partner switch the user already confirmed, and sign-in (sign-out, an ended
 * session: the page cannot stay).
 */
export function UnsavedWorkGuard() {
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    nextLocation.pathname !== currentLocation.pathname
    && nextLocation.pathname !== '/sign-in'
    && !isConfirmedLeave(nextLocation.state)
    && unsavedWork.reasons().length > 0);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (unsavedWork.reasons().length === 0) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  if (blocker.state !== 'blocked') return null;
  return (
    <Modal title="Leave this page?" onClose={() => blocker.reset()}>
      {unsavedWork.reasons().map((reason) => <p key={reason}>{reason}</p>)}
      <div className="modal__actions">
        <button type="button" className="button button--primary" data-autofocus onClick={() => blocker.reset()}>Stay on this page</button>
        <button type="button" className="button" onClick={() => blocker.proceed()}>Leave the page</button>
      </div>
    </Modal>
  );
}
