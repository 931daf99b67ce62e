import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { closeOnEscape } from './escape.ts';
import './theme.css';

export function mount(app: React.ReactNode): void {
  const el = document.getElementById('root');
  if (!el) throw new Error('#root missing');
  closeOnEscape(document);
  createRoot(el).render(<StrictMode>{app}</StrictMode>);
}
