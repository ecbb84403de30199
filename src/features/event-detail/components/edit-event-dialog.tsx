import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Modal } from '@/components/ui/modal';
import { useUnsavedWork } from '@/components/ui/unsaved-work';
import { env } from '@/config/env';
import { ApiError, describeError } from '@/lib/api-errors';
import type { Event } from '@/lib/schemas/event';
import { updateEvent, type EventEditTarget } from '../api/mutations';
import { eventDetailQueries } from '../api/queries';
import type { EventEdit } from '../api/schemas';
import { conflictNote, DEFAULT_PARTNER_PRODUCT, hasUnsavedChanges, NO_DRAFT, rebaseEdit, typeInto, typedFieldsOnly, type EditDraft, initialEditValues, serverFieldErrors, startWarning, validateEdit, type EditErrors } from '../lib/edit-form';
import { EditEventForm } from './edit-event-form';

/** After a 409 the event is read again; whether that worked decides what the form can promise. */
type Conflict = 'reloaded' | 'not-reloaded' | null;

/** A refusal's dotted key (error.event.…) is for logs: only the known one gets its own sentence. */
function failureMessage(error: unknown, conflict: Conflict): string {
  if (error instanceof ApiError && error.messageKey === 'error.event.partner_product_mismatch') {
    return 'The partner product does not match your account. Check it under “Where to save” and try again.';
  }
  if (conflict === 'reloaded') {
    return 'Nothing was saved: the event was changed elsewhere while you were editing. The form now shows its latest version with your changes kept. Check it, then save again.';
  }
  if (conflict === 'not-reloaded') {
    return 'Nothing was saved: the event was changed elsewhere while you were editing, and its latest version could not be loaded. Your changes are kept; try saving again in a moment.';
  }
  return `Nothing was saved. ${describeError(error)}`;
}

/**
 * "Edit event": the meta fields through the CR API. What was typed stays in the form after a
 * failure; errors appear next to their fields. Closing throws the typing away, so with unsaved
 * changes it asks first (Escape or × is easily pressed by accident). The typing is laid over the
 * event as it is now (rebaseEdit): when the event changes meanwhile, or a save is refused as a
 * conflict (409) and the event is read again, untouched fields show the latest values.
 */
export function EditEventButton({ event }: { event: Event }) {
  const queryClient = useQueryClient();
  const tz = env.partnerTimeZone;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<EditDraft>(NO_DRAFT);
  const [errors, setErrors] = useState<EditErrors>({});
  const [saved, setSaved] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const [conflict, setConflict] = useState<Conflict>(null);
  const initial = initialEditValues(event, tz, { event_type: 'fdlive', partner_product: DEFAULT_PARTNER_PRODUCT });
  const { values, conflicts } = rebaseEdit(draft, initial);
  const pastStart = startWarning(values, event, tz);
  const warnings: EditErrors = Object.fromEntries(conflicts.map((f) => [f, conflictNote(f, initial, tz)]));
  if (pastStart) warnings.start ??= pastStart;
  useUnsavedWork(open && hasUnsavedChanges(values, initial) ? 'Your unsaved changes to the event are lost.' : null);

  const mutation = useMutation({
    mutationFn: ({ target, fields }: { target: EventEditTarget; fields: Partial<EventEdit> }) => updateEvent(event.id, target, fields),
    onSuccess: async (updated) => {
      queryClient.setQueryData(eventDetailQueries.detail(event.id).queryKey, updated);
      setDraft(NO_DRAFT);
      setErrors({});
      setOpen(false);
      setSaved(true);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: eventDetailQueries.eventScope(event.id) }),
        queryClient.invalidateQueries({ queryKey: eventDetailQueries.lists() }),
      ]);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409) {
        // read the event again (the page shows it too); the form keeps the typing over it
        try {
          await queryClient.fetchQuery({ ...eventDetailQueries.detail(event.id), staleTime: 0 });
          setConflict('reloaded');
        } catch {
          setConflict('not-reloaded');
        }
        return;
      }
      if (error instanceof ApiError) {
        const fromServer = serverFieldErrors(error.validationErrors).errors;
        if (error.messageKey === 'error.event.partner_product_mismatch') fromServer.partner_product ??= 'Not your partner’s product.';
        setErrors(fromServer);
      }
    },
  });

  /** Closes and throws away what was typed (the event is as the server has it). */
  function close() {
    setConfirmingDiscard(false);
    setOpen(false);
    setDraft(NO_DRAFT);
    setErrors({});
    setConflict(null);
    mutation.reset();
  }

  /** Cancel, Escape or × with something typed: ask before throwing it away. */
  function requestClose() {
    if (hasUnsavedChanges(values, initial)) setConfirmingDiscard(true);
    else close();
  }

  function submit() {
    const result = validateEdit(values, event, tz);
    if (!result.ok) { setErrors(result.errors); mutation.reset(); return; }
    setErrors({});
    setConflict(null);
    const fields = typedFieldsOnly(result.fields, draft);
    if (Object.keys(fields).length === 0) { close(); return; }
    mutation.mutate({ target: result.target, fields });
  }

  return (
    <>
      <button type="button" className="button" onClick={() => { setSaved(false); setOpen(true); }}>
        <span aria-hidden="true">✎</span> Edit event
      </button>
      <span className="visually-hidden" role="status">{saved ? 'Event saved.' : ''}</span>
      {open && (
        <Modal title="Edit event" onClose={requestClose} dismissible={!mutation.isPending} wide>
          <EditEventForm
            values={values}
            savedCategory={event.category}
            errors={errors}
            warnings={warnings}
            formError={mutation.isError ? failureMessage(mutation.error, conflict) : null}
            saving={mutation.isPending}
            onChange={(patch) => setDraft((d) => typeInto(d, patch, values))}
            onSubmit={submit}
            onCancel={requestClose}
          />
        </Modal>
      )}
      {/* beside the edit dialog, not inside it: its Escape must not reach the edit dialog's */}
      <ConfirmDialog
        open={open && confirmingDiscard}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onConfirm={close}
        onCancel={() => setConfirmingDiscard(false)}
      >
        What you changed in “Edit event” has not been saved.
      </ConfirmDialog>
    </>
  );
}
