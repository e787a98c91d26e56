import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterSection } from './filter-section';

describe('FilterSection', () => {
  it('renders a closed section as its title only, and its filters once opened', async () => {
    const user = userEvent.setup();
    render(
      <FilterSection title="Lage">
        <label>
          Gemeinde <input type="checkbox" />
        </label>
      </FilterSection>,
    );
    expect(screen.queryByRole('checkbox', { name: 'Gemeinde' })).toBeNull();
    await user.click(screen.getByText('Lage'));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Gemeinde' })).toBeInTheDocument());
    await user.click(screen.getByText('Lage'));
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Gemeinde' })).toBeNull());
  });

  it('starts open when asked', () => {
    render(
      <FilterSection title="Größe" defaultOpen>
        <input aria-label="Fläche von" />
      </FilterSection>,
    );
    expect(screen.getByRole('textbox', { name: 'Fläche von' })).toBeInTheDocument();
  });
});
