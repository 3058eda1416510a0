import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/i18n';
import { ROUTES } from './routes';
import { ConsoleRoot } from './ui/console-root';
import { takeTokenFromFragment } from './ui/session';

takeTokenFromFragment();

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <ConsoleRoot routes={ROUTES} />
  </StrictMode>,
);
