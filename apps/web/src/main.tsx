import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { client } from './apollo-client';
import './i18n/language'; // sets <html lang dir> from the saved choice before the first render
import { AppProviders } from './shell/app-providers';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <AppProviders />
    </ApolloProvider>
  </StrictMode>,
);
