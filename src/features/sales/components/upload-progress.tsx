import { focusIfLost } from '@/components/ui/focus-if-lost';
import { formatPercent } from '@/lib/format';
import { progressPercent, type UploadProgress as Progress } from '@/lib/xhr-fetch';
import { formatFileSize } from '../lib/file-check';

/** Upload progress: a determinate bar when the size is known, an indeterminate one otherwise (never "NaN %"). */
export function UploadProgress({ fileName, progress, onCancel }: { fileName: string; progress: Progress | null; onCancel: () => void }) {
  const percent = progressPercent(progress);
  const sent = percent === 100;
  const label = sent
    ? `${fileName} sent; waiting for the server to check it…`
    : percent === null
      ? `Uploading ${fileName}${progress ? ` (${formatFileSize(progress.loaded)} sent)` : ''}…`
      : `Uploading ${fileName}: ${formatPercent(percent / 100)}`;
  return (
    <div className="upload-progress">
      <p className="upload-progress__label" role="status">{label}</p>
      {percent === null || sent ? (
        <progress className="upload-progress__bar" aria-label={`Uploading ${fileName}`} />
      ) : (
        <progress className="upload-progress__bar" aria-label={`Uploading ${fileName}`} max={100} value={percent} />
      )}
      {/* appears in place of the upload button, which took the focus with it */}
      <button ref={focusIfLost} type="button" className="button" onClick={onCancel}>Cancel upload</button>
    </div>
  );
}
