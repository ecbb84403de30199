import { useId } from 'react';
import type { BackhaulModel } from '../api/schemas';
import { MODEL_INFO, MODEL_ORDER } from '../lib/models';

/** The three models as radio cards, each explained in one line; the most defensible is marked. */
export function ModelChoice({ name, value, error, errorId, firstRef, onChange }: {
  name: string;
  value: BackhaulModel | '';
  error: string | undefined;
  errorId: string;
  firstRef: (el: HTMLInputElement | null) => void;
  onChange: (model: BackhaulModel) => void;
}) {
  const id = useId();
  return (
    <fieldset className="field model-choice" aria-describedby={error ? errorId : undefined}>
      <legend><span>Attribution model</span></legend>
      {MODEL_ORDER.map((m, i) => {
        const info = MODEL_INFO[m];
        return (
          <div key={m} className={`model-option${value === m ? ' bh-selected' : ''}`}>
            <input
              type="radio"
              id={`${id}-${m}`}
              name={name}
              value={m}
              checked={value === m}
              ref={i === 0 ? firstRef : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-${m}-explained`}
              onChange={() => onChange(m)}
            />
            <label htmlFor={`${id}-${m}`} className="model-option__label">
              {info.label}
              {info.recommended && <span className="bh-tag">Most defensible</span>}
            </label>
            <p id={`${id}-${m}-explained`} className="model-option__explained muted">{info.explanation}</p>
          </div>
        );
      })}
      {error && <p id={errorId} className="field-error">{error}</p>}
    </fieldset>
  );
}
