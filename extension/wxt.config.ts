import { defineConfig } from 'wxt';

// Hosts the content scripts run on come from the site data; the gateway is reached only from the background.
export default defineConfig({
  srcDir: '.',
  imports: false,
  manifest: ({ browser }) => ({
    name: 'promptgate',
    description: 'Keeps secrets and sensitive data out of hosted chat models: asks your local promptgate gateway before a prompt is sent.',
    permissions: ['storage'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    // Admins configure force-installed copies through managed storage (Chrome reads the schema from the package).
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'extension@promptgate.dev' } } } : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
