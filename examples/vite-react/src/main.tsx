import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Amplify } from 'aws-amplify';
import './index.css';
import App from './App.tsx';

// The deployed API's settings; in an Amplify project, `Amplify.configure(outputs)` with the
// project's amplify_outputs.json does this.
Amplify.configure({
  API: {
    GraphQL: {
      endpoint: import.meta.env.VITE_GRAPHQL_ENDPOINT ?? 'https://example.invalid/graphql',
      region: import.meta.env.VITE_AWS_REGION ?? 'us-east-1',
      defaultAuthMode: 'apiKey',
      apiKey: import.meta.env.VITE_GRAPHQL_API_KEY ?? '',
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
