import { defineConfig } from 'wxt';

// Hosts the content scripts run on come from the site data; the gateway is reached only from the background.
export default defineConfig({
  srcDir: '.',
  imports: false,
  // One promise-based `browser` (Mozilla's polyfill behind `wxt/browser`) for Chrome and Firefox alike.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'promptgate',
    description: 'Keeps secrets and sensitive data out of hosted chat models: asks your local promptgate gateway before a prompt is sent.',
    permissions: ['storage'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    // The toolbar button's icons are in the popup page's `manifest.default_icon` tag (WXT's place for them).
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Admins configure force-installed copies through managed storage (Chrome reads the schema from the package).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'extension@promptgate.dev',
              // Prompts (what the person types on a chat site) and the page's address go to the promptgate
              // gateway on this machine, which logs them masked and may report to the organisation's server.
              data_collection_permissions: { required: ['websiteContent', 'personalCommunications', 'browsingActivity'] },
            },
          },
        }
      : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
