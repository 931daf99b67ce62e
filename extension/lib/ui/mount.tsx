import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './theme.css';

export function mount(app: React.ReactNode): void {
  const el = document.getElementById('root');
  if (!el) throw new Error('#root missing');
  createRoot(el).render(<StrictMode>{app}</StrictMode>);
}
