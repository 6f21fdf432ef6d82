import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { AdminPanel } from './AdminPanel';
import { generatePassword } from './adminApi';

/* The admin screens against a stubbed /graphql: a refusal shown as the API words it, a user created with the generated password. */
let requests: Array<{ query: string; variables: Record<string, any> }>;
const organisation = { id: 'org-1', version: 1, name: 'Atlas Réseaux SARL', kind: 'contractor' };
beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string);
    requests.push(body);
    const reply = (payload: object) => new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
    if (body.query.includes('createUser')) {
      if (body.variables.input.password === 'password12') {
        return reply({ errors: [{ message: 'This password is too easy to guess (score 0 of 4).', extensions: { code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' } }] });
      }
      return reply({ data: { createUser: { id: 'u-2', version: 1, email: body.variables.input.email, name: 'Nadia', role: 'contractor', disabled: false, organisation: { id: 'org-1' } } } });
    }
    if (body.query.includes('organisations')) return reply({ data: { organisations: { nodes: [organisation] } } });
    return reply({ data: { users: { nodes: [] } } });
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AdminPanel', () => {
  it("shows the API's refusal of a weak password, then creates the user with a generated one and shows it once", async () => {
    await act(() => i18n.changeLanguage('en'));
    render(<AdminPanel />);
    await screen.findByText('Users of Atlas Réseaux SARL');
    fireEvent.change(screen.getByLabelText('Full name'), { target: { value: 'Nadia' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'nadia@example.ma' } });
    fireEvent.change(screen.getByLabelText('First password'), { target: { value: 'password12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    expect((await screen.findByTestId('user-error')).textContent).toContain('too easy to guess');
    fireEvent.click(screen.getByRole('button', { name: 'Another one' }));
    const generated = (screen.getByLabelText('First password') as HTMLInputElement).value;
    expect(generated).toMatch(/^[a-zA-Z2-9]{6}-[a-zA-Z2-9]{6}-[a-zA-Z2-9]{6}$/);
    fireEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    await waitFor(() => expect(screen.getByTestId('hand-over').textContent).toContain(generated));
    const created = requests.filter((request) => request.query.includes('createUser')).at(-1)!;
    expect(created.variables.input).toEqual({ email: 'nadia@example.ma', name: 'Nadia', role: 'contractor', organisationId: 'org-1', password: generated });
  });

  it('generates a different password each time (50 drawn, 50 distinct)', () => {
    const seen = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(seen.size).toBe(50);
  });
});
