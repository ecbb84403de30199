/**
 * What a control's write came to, beside the control, in reading order: "Pausing…", "Saved", or
 * what failed ("Pausing failed —", "Could not turn campaign optimisation off —") and then Retry.
 * One group, so a row that pins its control at the end (a switch) keeps the words in order.
 */
export function WriteOutcome({ text, onRetry, testId }: {
  text: string;
  /** given after a failure: offers Retry */
  onRetry?: (() => void) | undefined;
  testId?: string;
}) {
  return (
    <span className="wave-control__outcome">
      <span role="status" className="wave-control__status" data-testid={testId}>{text}</span>
      {onRetry && <button type="button" className="button" onClick={onRetry}>Retry</button>}
    </span>
  );
}
