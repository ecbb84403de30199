import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Breadcrumb } from './breadcrumb';

describe('Breadcrumb', () => {
  it('lists the way back as links and marks the last crumb as the current page', () => {
    render(
      <MemoryRouter>
        <Breadcrumb items={[{ label: 'Events', to: '/events' }, { label: 'Jazz Night', to: '/events/e1' }, { label: 'Sales data' }]} />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const items = within(nav).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Events', 'Jazz Night', 'Sales data']);
    expect(within(nav).getByRole('link', { name: 'Events' })).toHaveAttribute('href', '/events');
    expect(within(nav).getByRole('link', { name: 'Jazz Night' })).toHaveAttribute('href', '/events/e1');
    expect(within(nav).queryByRole('link', { name: 'Sales data' })).not.toBeInTheDocument();
    expect(within(nav).getByText('Sales data')).toHaveAttribute('aria-current', 'page');
  });
});
