import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UploadProgress } from './upload-progress';

describe('UploadProgress', () => {
  it('is indeterminate (no value, no percent, never NaN) while the total is unknown', () => {
    const { rerender } = render(<UploadProgress fileName="s.xlsx" progress={null} onCancel={() => undefined} />);
    expect(screen.getByRole('progressbar', { name: 'Uploading s.xlsx' })).not.toHaveAttribute('value');
    expect(screen.getByRole('status')).toHaveTextContent('Uploading s.xlsx…');
    rerender(<UploadProgress fileName="s.xlsx" progress={{ loaded: 3 * 1024 * 1024, total: null }} onCancel={() => undefined} />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    expect(screen.getByRole('status')).toHaveTextContent('Uploading s.xlsx (3 MB sent)…');
    expect(document.body).not.toHaveTextContent(/NaN|%/);
  });

  it('is determinate when the size is known, and says when the server is checking', () => {
    const { rerender } = render(<UploadProgress fileName="s.xlsx" progress={{ loaded: 45, total: 100 }} onCancel={() => undefined} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '45');
    expect(screen.getByRole('status')).toHaveTextContent(/^Uploading s\.xlsx: 45\s?%$/);
    rerender(<UploadProgress fileName="s.xlsx" progress={{ loaded: 100, total: 100 }} onCancel={() => undefined} />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    expect(screen.getByRole('status')).toHaveTextContent('s.xlsx sent; waiting for the server to check it…');
  });

  it('can be cancelled', async () => {
    const onCancel = vi.fn();
    render(<UploadProgress fileName="s.xlsx" progress={null} onCancel={onCancel} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
