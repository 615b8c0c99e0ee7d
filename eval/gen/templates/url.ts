/**
 * URLs with a credential in them: tokens in the query string or the userinfo (percent-encoded where their
 * alphabet needs it, as a browser or git would send them), and connection URLs pasted on their own.
 */
import { snake } from '../names';
import type { Rng } from '../rng';
import type { ContextTemplates, Entry } from './types';
import { encoded, SERVICES, VENDORS } from './types';

const param = (r: Rng, e: Entry): string => r.pick([snake(e.name), 'api_key', 'token', 'access_token', 'key']);

export const url: ContextTemplates = {
  context: 'url',
  token: [
    (es, r) => {
      const query = es.map((e) => `${param(r, e)}=${encodeURIComponent(e.display)}`).join('&');
      return encoded(`https://api.${r.pick(VENDORS)}.com/v2/export?format=csv&${query}&limit=500\n`, es, encodeURIComponent);
    },
    (es, r) => {
      const links = es.map(
        (e, i) =>
          `[${r.pick(['dashboard', 'report', 'live view'])} ${i + 1}](https://grafana.${r.pick(VENDORS)}.io/d/${r.s('abcdefghijklmnopqrstuvwxyz0123456789', 9)}?orgId=1&${param(r, e)}=${encodeURIComponent(e.display)})`,
      );
      return encoded(`Shared links for the incident review: ${links.join(', ')}\n`, es, encodeURIComponent);
    },
    (es, r) => {
      const lines = es.map(
        (e) =>
          `git clone https://${r.pick(['oauth2', 'x-access-token', 'ci-bot', 'gitlab-ci-token'])}:${encodeURIComponent(e.display)}@${r.pick(['github.com', 'gitlab.com', 'git.acme.io'])}/acme/${r.pick(SERVICES)}.git`,
      );
      return encoded(lines.join('\n') + '\n', es, encodeURIComponent);
    },
    (es, r) => {
      const lines = es.map(
        (e) => `pip install --index-url https://__token__:${encodeURIComponent(e.display)}@pypi.${r.pick(VENDORS)}.io/simple/ ${r.pick(['acme-core', 'internal-sdk'])}`,
      );
      return encoded(lines.join('\n') + '\n', es, encodeURIComponent);
    },
    (es, r) => {
      const lines = es.map((e) => `wss://stream.${r.pick(VENDORS)}.com/v1/events?${param(r, e)}=${encodeURIComponent(e.display)}`);
      return encoded(`Connecting to\n${lines.join('\n')}\n`, es, encodeURIComponent);
    },
  ],
  url: [
    (es) => es.map((e) => e.display).join('\n') + '\n',
    (es, r) =>
      `${r.pick(['Open', 'Try', 'Use'])} <${es[0]!.display}>${es
        .slice(1)
        .map((e) => ` or <${e.display}>`)
        .join('')} from the VPN.\n`,
  ],
};
