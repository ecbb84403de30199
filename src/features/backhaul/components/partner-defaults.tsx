import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { backhaulQueries } from '../api/queries';
import { savePartnerBackhaulDefaults } from '../api/mutations';
import type { PartnerBackhaulDefaultsInput } from '../api/schemas';
import { modelSentence } from '../lib/model-sentence';
import { formValuesFrom } from '../lib/settings-form';
import { outcomeUnknown } from '@/lib/write-outcome';
import { SettingsForm } from './settings-form';

/** The partner's default backhaul settings: read, and replaced as a whole on save. */
export function PartnerDefaults({ partnerId }: { partnerId: string }) {
  const queryClient = useQueryClient();
  const defaults = useQuery(backhaulQueries.partnerDefaults(partnerId));
  const save = useMutation({
    mutationFn: (input: PartnerBackhaulDefaultsInput) => savePartnerBackhaulDefaults(partnerId, input),
    onSuccess: (saved) => queryClient.setQueryData(backhaulQueries.partnerDefaults(partnerId).queryKey, saved),
    onError: (error) => {
      if (outcomeUnknown(error)) void queryClient.invalidateQueries({ queryKey: backhaulQueries.partnerDefaults(partnerId).queryKey });
    },
  });

  const placeholder = <Skeleton height={460} label="Loading the defaults" />;
  if (defaults.isPending) return placeholder;
  if (defaults.data === undefined) return <ErrorPanel title="Could not load the defaults" error={defaults.error} onRetry={() => void defaults.refetch()} holds={placeholder} />;
  return (
    <>
      <p className="defaults-sentence">
        <span className="muted">New packages count: </span>
        <span data-testid="defaults-sentence">{modelSentence(defaults.data)}</span>
      </p>
      <SettingsForm
        initial={formValuesFrom(defaults.data)}
        dateRequired={false}
        submitLabel="Save defaults"
        saving={save.isPending}
        saveError={save.error}
        savedMessage={save.isSuccess ? 'Saved. New packages start with these settings.' : null}
        onSave={(value) => save.mutate(value)}
        dateHint="Leave empty to set the date per package (usual, since each e-mail goes out on its own day)."
      />
    </>
  );
}
