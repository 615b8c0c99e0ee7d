/** Chat prose: what a person types into an assistant, values inline, in lists, in fenced snippets. */
import { human, screaming } from '../names';
import type { ContextTemplates } from './types';
import { VENDORS } from './types';

export const chat: ContextTemplates = {
  context: 'chat',
  assign: [
    (es, r) => {
      const intro = r.pick(['hey, deploy is failing with a 401 again.', 'quick question about the integration:', 'can someone check why auth breaks?', 'ok so']);
      if (es.length === 1) {
        const e = es[0]!;
        return `${intro} here's my ${human(e.name)}: ${e.display} ${r.pick(['— can you try it?', 'is it wrong?', 'thanks!'])}\n`;
      }
      return `${intro} these are the values I'm using:\n${es.map((e) => `- ${human(e.name)}: ${e.display}`).join('\n')}\nany idea?\n`;
    },
    (es, r) => {
      const lines = es.map((e) => `the new ${human(e.name)} is \`${e.display}\``);
      return `I rotated the credentials this morning, ${lines.join(' and ')}. Can you update the ${r.pick(['staging', 'prod', 'preview'])} config and tell me if the ${r.pick(['webhook', 'sync job', 'nightly export'])} still fails?\n`;
    },
    (es) =>
      `Here is the current setup, maybe something is off:\n\n| setting | value |\n|---|---|\n${es.map((e) => `| ${screaming(e.name)} | ${e.display} |`).join('\n')}\n\nThe service starts but every request is rejected.\n`,
    (es, r) => {
      const turns = [
        `User: my ${r.pick(['app', 'script', 'worker'])} can't connect, it just says "unauthorized"`,
        'Assistant: Could you share how the client is configured? Leave out anything you do not want to share.',
        `User: sure${es.map((e) => `, ${human(e.name)} = ${e.display}`).join('')}`,
      ];
      return turns.join('\n\n') + '\n';
    },
    // People write in their own language; the value sits in prose without English keywords around it.
    (es, r) => {
      const e = es[0]!;
      const rest = es
        .slice(1)
        .map((x) => ` ${screaming(x.name)}=${x.display}`)
        .join('');
      return r.pick([
        `Hallo, hier ist mein ${screaming(e.name)}: ${e.display}${rest} — warum funktioniert das nicht?\n`,
        `Bonjour, voici ma clé ${screaming(e.name)} : ${e.display}${rest}. Pourquoi l'appel échoue-t-il ?\n`,
        `Hola, uso ${screaming(e.name)}=${e.display}${rest} y la API devuelve 403, ¿qué hago mal?\n`,
      ]);
    },
  ],
  token: [
    (es, r) =>
      `can you check if ${es.length > 1 ? 'these are' : 'this is'} still valid? ${es.map((e) => e.display).join(' ')}\nthe ${r.pick(VENDORS)} dashboard says the key was created last week\n`,
    (es) => `I keep getting "invalid credentials" with ${es.map((e) => `\`${e.display}\``).join(', ')} even though I just generated ${es.length > 1 ? 'them' : 'it'}.\n`,
  ],
  url: [(es) => `The staging services are at ${es.map((e) => e.display).join(' and ')} — migrations hang at step 3, any idea why?\n`],
  header: [
    (es, r) => {
      const hs = es.map((e) => `  -H "${e.name}: ${e.display}" \\`).join('\n');
      return `${r.pick(['why does this return 403?', 'this works in Postman but not in CI:', 'getting unauthorized here'])}\n\`\`\`\ncurl -X POST \\\n${hs}\n  https://api.${r.pick(VENDORS)}.com/v1/sync\n\`\`\`\n`;
    },
    (es) => `I'm sending ${es.map((e) => `\`${e.name}: ${e.display}\``).join(' and ')} but the API answers 401. Is the header name wrong?\n`,
  ],
  block: [
    ([e], r) =>
      `${r.pick(['my server rejects this key, what is wrong with it?', 'is this the right format for the deploy key?', 'pasting the key here so you can set up CI:'])}\n\`\`\`\n${e!.display}\n\`\`\`\n`,
    ([e]) => `Can you convert this key to the format the library wants?\n\n${e!.display}\n\nThanks in advance!\n`,
  ],
  document: [
    ([e], r) =>
      `${r.pick(['here is my', 'this is the', 'attaching my'])} ${e!.name}, ${r.pick(['why does it not work?', 'can you check it?', 'what am I missing?'])}\n\`\`\`\n${e!.display}\n\`\`\`\n`,
  ],
};
