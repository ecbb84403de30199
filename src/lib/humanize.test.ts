// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { categoryLabel, humanize } from './humanize';

describe('humanize', () => {
  it('turns codes into words with a capital first letter', () => {
    expect(humanize('product_release')).toBe('Product release');
    expect(humanize('RUNNING')).toBe('Running');
    expect(humanize('german_metal_diehards')).toBe('German metal diehards');
    expect(humanize('young-urban_pros')).toBe('Young urban pros');
    expect(humanize('')).toBe('');
    expect(humanize('__')).toBe('__');
    expect(humanize('EDM_fans', { keepCase: true })).toBe('EDM fans');
  });

  it('categories: "—" when there is none', () => {
    expect(categoryLabel('fair')).toBe('Fair');
    expect(categoryLabel(null)).toBe('—');
  });
});
