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
import { DEFAULT_PARTNER_PRODUCT, hasUnsavedChanges, initialEditValues, serverFieldErrors, startWarning, validateEdit, type EditErrors, type EditFormValues } from '../lib/edit-form';
import { EditEventForm } from './edit-event-form';

/** A refusal's dotted key (error.event.…) is for logs: only the known one gets its own sentence. */
function failureMessage(error: unknown): string {
  if (error instanceof ApiError && error.messageKey === 'error.event.partner_product_mismatch') {
    return 'The partner product does not match your account. Check it under “Where to save” and try again.';
  }
  return `Nothing was saved. ${describeError(error)}`;
}

/**
 * "Edit event": the meta fields through the CR API. What was typed stays in the form after a
 * failure; errors appear next to their fields. Closing throws the typing away, so with unsaved
 * changes it asks first (Escape or × is easily pressed by accident).
 */
export function EditEventButton({ event }: { event: Event }) {
  const queryClient = useQueryClient();
  const tz = env.partnerTimeZone;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<EditFormValues | null>(null);
  const [errors, setErrors] = useState<EditErrors>({});
  const [saved, setSaved] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const initial = initialEditValues(event, tz, { event_type: 'fdlive', partner_product: DEFAULT_PARTNER_PRODUCT });
  const values = draft ?? initial;
  const pastStart = startWarning(values, event, tz);
  useUnsavedWork(open && hasUnsavedChanges(values, initial) ? 'Your unsaved changes to the event are lost.' : null);

  const mutation = useMutation({
    mutationFn: ({ target, fields }: { target: EventEditTarget; fields: Partial<EventEdit> }) => updateEvent(event.id, target, fields),
    onSuccess: async (updated) => {
      queryClient.setQueryData(eventDetailQueries.detail(event.id).queryKey, updated);
      setDraft(null);
      setErrors({});
      setOpen(false);
      setSaved(true);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: eventDetailQueries.eventScope(event.id) }),
        queryClient.invalidateQueries({ queryKey: eventDetailQueries.lists() }),
      ]);
    },
    onError: (error) => {
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
    setDraft(null);
    setErrors({});
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
    if (Object.keys(result.fields).length === 0) { close(); return; }
    mutation.mutate({ target: result.target, fields: result.fields });
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
            warnings={pastStart ? { start: pastStart } : undefined}
            formError={mutation.isError ? failureMessage(mutation.error) : null}
            saving={mutation.isPending}
            onChange={(next) => setDraft(next)}
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
