import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api/client';
import { App } from './app';
import { initI18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/registry.css';
import './styles/registry-lists.css';
import './styles/prisoner-selection.css';
import './styles/registry-forms.css';
import './styles/print.css';
import './styles/dashboard.css';
import './styles/attachments.css';
import './styles/parcels.css';
import './styles/evenings.css';
import './styles/letters.css';
import './styles/money.css';
import './styles/bank.css';
import './styles/payments.css';

async function start(): Promise<void> {
  // The language is a preference kept outside the vault, so the locked screens already speak it.
  const language = await call('settings:get', {}).then(
    (settings) => settings.language,
    () => 'fr' as const,
  );
  await initI18n(language);
  const queryClient = new QueryClient({
    defaultOptions: {
      // Answers come from this machine, not a network: nothing to retry, and data changes only through our own calls.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
